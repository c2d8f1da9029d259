package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.testsupport.TestTokens;

/** The spreadsheets sent to the provincial office, read back as the office would. */
@QuarkusTest
class ExportsTest {

    static final List<String> HEADINGS = List.of("STT", "Lĩnh vực", "Mã", "Tổng số hồ sơ tiếp nhận", "Trực tuyến",
            "Trực tiếp và bưu chính", "Từ kỳ trước chuyển sang", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn",
            "Đang giải quyết", "Trong hạn", "Quá hạn", "Ghi nhận muộn", "Tỷ lệ đúng hạn (%)",
            "Tỷ lệ đúng hạn (tính cả hồ sơ đang giải quyết trong hạn) (%)");

    /** Two fields in October 2020: education 1 early + 1 late; foreign languages 1 online in progress. */
    static Agency october() {
        Agency a = new Agency();
        String early = a.received("2020-10-01T09:00", "2020-10-20");
        String late = a.received("2020-10-02T09:00", "2020-10-20");
        a.received("2020-10-05T09:00", "2020-11-06", Channel.ONLINE, Agency.FOREIGN_LANGUAGE, "1.000948.H38", false);
        a.resultReady(early, "2020-10-20", "2020-10-15T09:00");
        a.transition(late, CaseAction.REFUSE, CaseState.IN_PROGRESS, CaseState.REFUSED, "2020-10-20",
                "2020-10-22T09:00", "2020-10-22T09:00");
        a.awaitTotal("2020-10-01", "2020-10-31", t -> ((Number) t.get("resolved")).intValue() == 2
                && ((Number) t.get("received")).intValue() == 3);
        return a;
    }

    static Response export(Agency a, String accept) {
        return given().header("Authorization", TestTokens.bearer(Roles.UNIT_HEAD)).accept(accept)
                .queryParam("from", "2020-10-01").queryParam("to", "2020-10-31").queryParam("groupBy", "field")
                .queryParam("agency", a.code).get("/api/v1/reports/form-06");
    }

    @Test
    @DisplayName("the CSV opens in Excel with diacritics: BOM, title with the period, the form's headings, rows and total")
    void csv() {
        Agency a = october();
        Response response = export(a, "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("mau-06_2020-10-01_2020-10-31.csv");
        byte[] bytes = response.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("Mẫu số 06").contains("từ ngày 01/10/2020 đến ngày 31/10/2020")
                .contains(a.code);
        assertThat(lines.get(1).split(",", -1)).containsExactlyElementsOf(HEADINGS.stream()
                .map(h -> h.contains(",") ? "\"" + h + "\"" : h).collect(Collectors.toList()));
        assertThat(lines.get(2)).isEqualTo("1,Giáo dục và Đào tạo,GDDT,2,0,2,0,2,1,0,1,0,0,0,0,50.00,50.00");
        assertThat(lines.get(3)).isEqualTo("2,\"Ngoại ngữ, tin học\",NNTH,1,1,0,0,0,0,0,0,1,1,0,0,,100.00");
        assertThat(lines.get(4)).isEqualTo(",Tổng cộng,,3,1,2,0,2,1,0,1,1,1,0,0,50.00,66.67");
    }

    @Test
    @DisplayName("the Excel workbook has the title, the headings, the numbers and the rates as percentages")
    void xlsx() throws Exception {
        Agency a = october();
        Response response = export(a, xlsxType());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).contains(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Mẫu 06");
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCellText(0)).contains("từ ngày 01/10/2020 đến ngày 31/10/2020");
            Row headings = rows.stream().filter(r -> "STT".equals(r.getCellText(0))).findFirst().orElseThrow();
            for (int c = 0; c < HEADINGS.size(); c++) {
                assertThat(headings.getCellText(c)).isEqualTo(HEADINGS.get(c));
            }
            int h = headings.getRowNum();
            Row education = rows.stream().filter(r -> r.getRowNum() == h + 1).findFirst().orElseThrow();
            assertThat(education.getCellText(1)).isEqualTo("Giáo dục và Đào tạo");
            assertThat(education.getCellAsNumber(3)).contains(new BigDecimal("2"));
            assertThat(education.getCellAsNumber(8)).contains(new BigDecimal("1"));
            assertThat(education.getCellAsNumber(10)).contains(new BigDecimal("1"));
            assertThat(education.getCellAsNumber(15).orElseThrow()).isEqualByComparingTo("0.5");
            Row total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(total.getCellAsNumber(3)).contains(new BigDecimal("3"));
            assertThat(total.getCellAsNumber(16).orElseThrow()).isEqualByComparingTo("0.6667");
        }
    }

    @Test
    @DisplayName("without an Accept header the form comes as JSON; format=csv gives a download link")
    void negotiation() {
        Agency a = new Agency();
        given().header("Authorization", TestTokens.bearer(Roles.AUDITOR)).queryParam("from", "2020-10-01")
                .queryParam("to", "2020-10-31").queryParam("agency", a.code).get("/api/v1/reports/form-06").then()
                .statusCode(200).contentType("application/json");
        given().header("Authorization", TestTokens.bearer(Roles.AUDITOR)).queryParam("from", "2020-10-01")
                .queryParam("to", "2020-10-31").queryParam("agency", a.code).queryParam("format", "csv")
                .get("/api/v1/reports/form-06").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    }

    private static String xlsxType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
