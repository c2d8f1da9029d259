package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;

@QuarkusTest
class FormsTest {

    /** The PDF's text, after checking it parses and every page is A5. */
    private static String a5Text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            doc.getPages().forEach(page -> {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A5.getHeight());
            });
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static byte[] form(String code, String form) {
        return Api.as(Roles.INTAKE_OFFICER).get("/api/v1/dossiers/" + code + "/" + form).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    @Test
    @DisplayName("the receipt-and-appointment slip is an A5 PDF with the code, the title and the appointment in Vietnamese")
    void receiptSlip() throws IOException {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.PORTAL).body(Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"),
                "2020-03-05T09:15:00+07:00")).post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String text = a5Text(form(code, "receipt"));
        assertThat(text).contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả").contains(code)
                .contains("Nguyễn Văn An").contains(Catalogue.LICENCE)
                .contains("Danh sách giáo viên kèm bằng cấp")
                .contains("09 giờ 15 phút, ngày 05/03/2020")
                .contains("17 giờ 00 phút, ngày 23/03/2020")
                .contains("12 ngày làm việc")
                .contains("/api/v1/public/dossiers/" + code)
                .contains("Thông tư số 01/2018/TT-VPCP")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    @DisplayName("an incomplete dossier gets the supplement request listing everything missing, not a receipt slip")
    void supplementRequestForm() throws IOException {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.INTAKE_OFFICER).body(Api.dossier(p, "DIRECT", "TP2"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String text = a5Text(form(code, "supplement-request"));
        assertThat(text).contains("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ").contains(code)
                .contains("Tờ trình đề nghị cấp phép hoạt động").contains("Danh sách giáo viên kèm bằng cấp")
                .doesNotContain("Quyết định thành lập trung tâm");
        Api.as(Roles.INTAKE_OFFICER).get("/api/v1/dossiers/" + code + "/receipt").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        Api.as(Roles.INTAKE_OFFICER).get("/api/v1/dossiers/" + code + "/refusal").then().statusCode(409);
    }

    @Test
    @DisplayName("a dossier refused at intake gets the refusal form with the reason")
    void refusalForm() throws IOException {
        Catalogue.Procedure unknown = Catalogue.newProcedure();
        var body = Api.dossier(unknown, "DIRECT", "TP1");
        body.put("agencyCode", unknown.agencyCode());
        String code = Api.as(Roles.INTAKE_OFFICER).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .extract().path("code");
        assertThat(a5Text(form(code, "refusal"))).contains("Phiếu từ chối tiếp nhận giải quyết hồ sơ").contains(code)
                .contains("không có trong danh mục thủ tục hành chính");
    }
}
