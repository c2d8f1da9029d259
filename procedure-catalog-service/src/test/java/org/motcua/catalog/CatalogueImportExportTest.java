package org.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.motcua.catalog.Fixtures.admin;
import static org.motcua.catalog.Fixtures.uniqueCode;
import static org.motcua.catalog.Fixtures.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueImportExportTest {

    static String referenceCatalogue() {
        try (InputStream in = CatalogueImportExportTest.class.getResourceAsStream("/reference/reference-catalogue.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonPath importDocument(Object body) {
        return admin().body(body).post("/api/v1/catalogue/import").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("the reference catalogue imports cleanly, and importing it again changes nothing")
    void referenceImportsIdempotently() {
        JsonPath first = importDocument(referenceCatalogue());
        assertThat(first.getInt("procedures")).isGreaterThanOrEqualTo(24);
        assertThat(first.getInt("versionsCreated") + first.getInt("versionsUnchanged")).isEqualTo(30);
        JsonPath second = importDocument(referenceCatalogue());
        assertThat(second.getInt("versionsCreated")).isZero();
        assertThat(second.getInt("versionsUnchanged")).isEqualTo(30);
        assertThat(second.getInt("proceduresChanged")).isZero();
        given().get("/api/v1/procedures/SGDDT-001/versions").then().statusCode(200)
                .body("size()", equalTo(2)).body("version", org.hamcrest.Matchers.contains(1, 2));
    }

    @Test
    @DisplayName("Notice 371: the four language-centre procedures commit 15 days before 05/03/2020, then 14, 12, 12, 14")
    void notice371() {
        importDocument(referenceCatalogue());
        Map<String, Integer> committed = Map.of("SGDDT-001", 14, "SGDDT-002", 12, "SGDDT-003", 12, "SGDDT-004", 14);
        committed.forEach((code, days) -> {
            given().queryParam("at", "2020-03-04T10:00:00+07:00").get("/api/v1/procedures/" + code).then()
                    .statusCode(200).body("processingTime.statutory.value", equalTo(15))
                    .body("processingTime.committed.value", equalTo(15))
                    .body("agency.code", equalTo("SGDDT")).body("agency.name", equalTo("Sở Giáo dục và Đào tạo"));
            given().queryParam("at", "2020-03-05T10:00:00+07:00").get("/api/v1/procedures/" + code).then()
                    .statusCode(200).body("processingTime.statutory.value", equalTo(15))
                    .body("processingTime.committed.value", equalTo(days))
                    .body("legalBasis.number", hasItem("371/TB-SGDĐT"));
        });
        given().queryParam("at", "2020-01-01T00:00:00+07:00").get("/api/v1/procedures/SGDDT-014").then()
                .statusCode(200).body("processingTimeByChannel.ONLINE.committed.unit", equalTo("WORKING_HOURS"));
    }

    @Test
    @DisplayName("a licence dossier received on 04/03/2020 is due in 15 working days, one received on 05/03/2020 in 12")
    void receivedBeforeAndAfterTheShortening() {
        importDocument(referenceCatalogue());
        for (String[] c : List.of(new String[] {"2020-03-04T10:00:00+07:00", "2020-03-25"},
                new String[] {"2020-03-05T10:00:00+07:00", "2020-03-23"})) {
            int days = given().queryParam("at", c[0]).get("/api/v1/procedures/SGDDT-002").then().statusCode(200)
                    .extract().path("processingTime.committed.value");
            given().queryParam("receivedAt", c[0]).queryParam("workingDays", days).get("/api/v1/calendar/due-date")
                    .then().statusCode(200).body("dueDate", equalTo(c[1])).body("dueAt", equalTo(c[1] + "T17:00:00+07:00"));
        }
    }

    @Test
    @DisplayName("the export holds every published procedure with its timeline, and importing it back creates nothing")
    void exportRoundTrip() {
        importDocument(referenceCatalogue());
        String code = uniqueCode();
        Fixtures.published(version(code, "Thủ tục xuất nhập thử", "SGDDT", 15, 15, "2020-01-01"));
        Fixtures.published(version(code, "Thủ tục xuất nhập thử", "SGDDT", 15, 10, "2020-06-01"));
        Fixtures.draft(version(code, "Thủ tục xuất nhập thử (dự thảo)", "SGDDT", 15, 9, "2021-01-01"));
        String exported = given().get("/api/v1/catalogue/export").then().statusCode(200).extract().asString();
        JsonPath doc = JsonPath.from(exported);
        List<Map<String, Object>> versions = doc.getList("procedures.find { it.code == '" + code + "' }.versions");
        assertThat(versions).extracting(v -> v.get("status")).containsExactly("PUBLISHED", "PUBLISHED");
        assertThat(versions).extracting(v -> v.get("effectiveTo")).containsExactly("2020-06-01", null);
        List<String> earliest = doc.getList("procedures.find { it.code == 'SGDDT-001' }.versions.effectiveFrom");
        assertThat(earliest.get(0)).isLessThanOrEqualTo("2020-01-01");
        JsonPath again = importDocument(exported);
        assertThat(again.getInt("versionsCreated")).isZero();
        assertThat(again.getInt("proceduresChanged")).isZero();
    }

    @Test
    @DisplayName("an import with one bad procedure writes nothing at all and names the offending field")
    void allOrNothing() {
        String good = uniqueCode();
        String bad = uniqueCode();
        Map<String, Object> v = published(version(null, "Thủ tục tốt", "SGDDT", 15, 15, "2020-01-01"));
        Map<String, Object> first = published(version(null, "Thủ tục lỗi", "SGDDT", 15, 15, "2020-01-01"));
        Map<String, Object> clash = published(version(null, "Thủ tục lỗi", "SGDDT", 15, 10, "2020-01-01"));
        Map<String, Object> document = Map.of("procedures", List.of(
                Map.of("code", good, "versions", List.of(v)),
                Map.of("code", bad, "versions", List.of(first, clash))));
        admin().body(document).post("/api/v1/catalogue/import").then().statusCode(409)
                .body("errors.field", hasItem("procedures[1].versions[1].effectiveFrom"));
        given().get("/api/v1/procedures/" + good).then().statusCode(404);
        given().get("/api/v1/procedures/" + bad).then().statusCode(404);

        Map<String, Object> draft = version(null, "Thủ tục nháp", "SGDDT", 15, 15, "2020-01-01");
        draft.put("status", "DRAFT");
        admin().body(Map.of("procedures", List.of(Map.of("code", good, "versions", List.of(draft))))).post(
                "/api/v1/catalogue/import").then().statusCode(422)
                .body("errors.field", hasItem("procedures[0].versions[0].status"));
        Map<String, Object> negative = published(version(null, "Thủ tục", "SGDDT", 15, 15, "2020-01-01"));
        negative.put("processingTime", Map.of("statutory", Fixtures.duration(-15, "WORKING_DAYS"),
                "committed", Fixtures.duration(1, "WORKING_DAYS")));
        admin().body(Map.of("procedures", List.of(Map.of("code", good, "versions", List.of(negative))))).post(
                "/api/v1/catalogue/import").then().statusCode(400)
                .body("errors.field", hasItem("procedures[0].versions[0].processingTime.statutory.value"));
        admin().body("{\"procedures\": [], \"extra\": 1}").post("/api/v1/catalogue/import").then().statusCode(400)
                .body("errors.field", hasItem("extra"));
        given().get("/api/v1/procedures/" + good).then().statusCode(404);
    }

    @Test
    @DisplayName("a re-import that changes a published version's content is a conflict: history is not rewritten")
    void changedHistoryRefused() {
        String code = uniqueCode();
        Map<String, Object> original = published(version(null, "Thủ tục gốc", "SGDDT", 15, 15, "2020-01-01"));
        importDocument(Map.of("procedures", List.of(Map.of("code", code, "versions", List.of(original)))));
        Map<String, Object> changed = published(version(null, "Thủ tục gốc", "SGDDT", 15, 10, "2020-01-01"));
        admin().body(Map.of("procedures", List.of(Map.of("code", code, "versions", List.of(changed))))).post(
                "/api/v1/catalogue/import").then().statusCode(409)
                .body("errors.field", hasItem("procedures[0].versions[0].effectiveFrom"))
                .body("detail", containsString("nội dung khác"));
        given().get("/api/v1/procedures/" + code).then().body("processingTime.committed.value", equalTo(15));
    }

    private static Map<String, Object> published(Map<String, Object> version) {
        version.put("status", "PUBLISHED");
        return version;
    }
}
