package org.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.motcua.catalog.Fixtures.admin;
import static org.motcua.catalog.Fixtures.draft;
import static org.motcua.catalog.Fixtures.publish;
import static org.motcua.catalog.Fixtures.published;
import static org.motcua.catalog.Fixtures.uniqueCode;
import static org.motcua.catalog.Fixtures.version;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;

@QuarkusTest
class ProcedureLifecycleTest {

    private static final String NAME = "Cấp phép hoạt động trung tâm ngoại ngữ, tin học";

    @Test
    @DisplayName("a draft is invisible to intake and the public until the catalogue administrator publishes it")
    void draftInvisibleUntilPublished() {
        String code = uniqueCode();
        int v = draft(version(code, NAME, "SGDDT", 15, 15, "2020-01-01"));
        given().get("/api/v1/procedures/" + code).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/procedures/" + code + "/versions").then().statusCode(404);
        given().get("/api/v1/procedures/" + code + "/versions/" + v).then().statusCode(404);
        admin().get("/api/v1/procedures/" + code + "/versions").then().statusCode(200)
                .body("status", contains("DRAFT"));

        publish(code, v);

        given().get("/api/v1/procedures/" + code).then().statusCode(200)
                .body("code", equalTo(code)).body("status", equalTo("PUBLISHED")).body("name", equalTo(NAME))
                .body("components[0].code", equalTo("TP01")).body("components[0].mandatory", equalTo(true))
                .body("components[1].mandatory", equalTo(false))
                .body("processingTime.statutory.value", equalTo(15))
                .body("processingTime.statutory.unit", equalTo("WORKING_DAYS"))
                .body("processingTime.committed.value", equalTo(15))
                .body("effectiveFrom", equalTo("2020-01-01")).body("effectiveTo", nullValue());
    }

    @Test
    @DisplayName("Notice 371 shortens a procedure from 05/03/2020: 15 days on 04/03, 12 days from 05/03, the old version closed")
    void shorteningTakesEffectOnItsDay() {
        String code = uniqueCode();
        published(version(code, NAME, "SGDDT", 15, 15, "2020-01-01"));
        int v2 = published(version(code, NAME, "SGDDT", 15, 12, "2020-03-05"));

        given().queryParam("at", "2020-03-04T16:59:00+07:00").get("/api/v1/procedures/" + code).then()
                .statusCode(200).body("version", equalTo(1)).body("processingTime.committed.value", equalTo(15))
                .body("effectiveTo", equalTo("2020-03-05"));
        given().queryParam("at", "2020-03-05T00:00:00+07:00").get("/api/v1/procedures/" + code).then()
                .statusCode(200).body("version", equalTo(v2)).body("processingTime.committed.value", equalTo(12));
        // 17:30 UTC on 04/03 is already 00:30 on 05/03 in Hanoi
        given().queryParam("at", "2020-03-04T17:30:00Z").get("/api/v1/procedures/" + code).then()
                .statusCode(200).body("processingTime.committed.value", equalTo(12));
        given().queryParam("at", "2020-03-04").get("/api/v1/procedures/" + code).then()
                .statusCode(200).body("processingTime.committed.value", equalTo(15));
        given().queryParam("at", "2019-12-31T23:00:00+07:00").get("/api/v1/procedures/" + code).then()
                .statusCode(404).body("detail", containsString("31/12/2019"));
        given().get("/api/v1/procedures/" + code + "/versions").then().statusCode(200)
                .body("effectiveFrom", contains("2020-01-01", "2020-03-05"))
                .body("effectiveTo", contains("2020-03-05", null));
    }

    @Test
    @DisplayName("a version overlapping the published one is refused naming effectiveFrom, and nothing changes")
    void overlapRefused() {
        String code = uniqueCode();
        published(version(code, NAME, "SGDDT", 15, 15, "2020-03-05"));
        int clash = draft(version(code, NAME, "SGDDT", 15, 12, "2020-03-05"));
        admin().post("/api/v1/procedures/" + code + "/versions/" + clash + "/publish").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("effectiveFrom")).body("detail", containsString("chồng lấn"));
        int earlier = draft(version(code, NAME, "SGDDT", 15, 12, "2020-01-01"));
        admin().post("/api/v1/procedures/" + code + "/versions/" + earlier + "/publish").then().statusCode(409);
        admin().get("/api/v1/procedures/" + code + "/versions").then().statusCode(200)
                .body("status", contains("PUBLISHED", "DRAFT", "DRAFT"))
                .body("effectiveTo", contains(null, null, null));
        admin().post("/api/v1/procedures/" + code + "/versions/1/publish").then().statusCode(409)
                .body("errors.field", hasItem("status"));
    }

    @Test
    @DisplayName("a procedure abolished from 01/07/2021 is no longer in force from that day; history stays readable")
    void retire() {
        String code = uniqueCode();
        published(version(code, NAME, "SGDDT", 15, 15, "2020-01-01"));
        int v2 = published(version(code, NAME, "SGDDT", 15, 12, "2020-03-05"));
        admin().body(Map.of("effectiveTo", "2021-07-01")).post("/api/v1/procedures/" + code + "/versions/1/retire")
                .then().statusCode(409).body("errors.field", hasItem("version"));
        admin().body(Map.of("effectiveTo", "2020-03-05")).post("/api/v1/procedures/" + code + "/versions/" + v2 + "/retire")
                .then().statusCode(422).body("errors.field", hasItem("effectiveTo"));
        admin().body(Map.of("effectiveTo", "2021-07-01")).post("/api/v1/procedures/" + code + "/versions/" + v2 + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED")).body("effectiveTo", equalTo("2021-07-01"));
        given().queryParam("at", "2021-06-30T12:00:00+07:00").get("/api/v1/procedures/" + code).then().statusCode(200);
        given().queryParam("at", "2021-07-01T08:00:00+07:00").get("/api/v1/procedures/" + code).then().statusCode(404);
        given().get("/api/v1/procedures/" + code + "/versions").then().body("status", contains("PUBLISHED", "RETIRED"));
        admin().body(Map.of("effectiveTo", "2021-06-01")).post("/api/v1/procedures/" + code + "/versions/" + v2 + "/retire")
                .then().statusCode(409).body("errors.field", hasItem("status"));
    }

    @Test
    @DisplayName("bad input is a 4xx problem naming the field, and nothing is written")
    void badInput() {
        String code = uniqueCode();
        Map<String, Object> negative = version(code, NAME, "SGDDT", 15, 15, "2020-01-01");
        negative.put("processingTime", Map.of("statutory", Fixtures.duration(15, "WORKING_DAYS"),
                "committed", Fixtures.duration(-2, "WORKING_DAYS")));
        admin().body(negative).post("/api/v1/procedures").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("processingTime.committed.value"));

        Map<String, Object> weeks = version(code, NAME, "SGDDT", 15, 15, "2020-01-01");
        weeks.put("processingTime", Map.of("statutory", Fixtures.duration(3, "WEEKS"),
                "committed", Fixtures.duration(3, "WORKING_DAYS")));
        admin().body(weeks).post("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", hasItem("processingTime.statutory.unit"));

        admin().body(version(code, NAME, "SGDDT", 15, 15, "2020-02-30")).post("/api/v1/procedures").then()
                .statusCode(400).body("errors.field", hasItem("effectiveFrom"));

        Map<String, Object> unknownField = version(code, NAME, "SGDDT", 15, 15, "2020-01-01");
        unknownField.put("deadline", 15);
        admin().body(unknownField).post("/api/v1/procedures").then().statusCode(400)
                .body("errors.field", hasItem("deadline"));

        admin().body(version(code, NAME, "SGDDT", 15, 16, "2020-01-01")).post("/api/v1/procedures").then()
                .statusCode(422).body("errors.field", hasItem("processingTime.committed"));

        Map<String, Object> noName = version(code, " ", "SGDDT", 15, 15, "2020-01-01");
        admin().body(noName).post("/api/v1/procedures").then().statusCode(400).body("errors.field", hasItem("name"));

        admin().body(version(null, NAME, "SGDDT", 15, 15, "2020-01-01")).post("/api/v1/procedures").then()
                .statusCode(400).body("errors.field", hasItem("code"));

        Map<String, Object> withStatus = version(code, NAME, "SGDDT", 15, 15, "2020-01-01");
        withStatus.put("status", "PUBLISHED");
        admin().body(withStatus).post("/api/v1/procedures").then().statusCode(400).body("errors.field", hasItem("status"));

        admin().get("/api/v1/procedures/" + code + "/versions").then().statusCode(404)
                .body("detail", containsString(code));
    }

    @Test
    @DisplayName("unknown codes and versions, and malformed parameters, are 4xx problems")
    void unknownAndMalformed() {
        given().get("/api/v1/procedures/NO-SUCH-CODE").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("NO-SUCH-CODE"));
        admin().post("/api/v1/procedures/NO-SUCH-CODE/versions/1/publish").then().statusCode(404);
        given().queryParam("at", "yesterday").get("/api/v1/procedures/ANY").then().statusCode(400)
                .body("errors.field", hasItem("at"));
        given().get("/api/v1/procedures/ANY/versions/one").then().statusCode(400).body("errors.field", hasItem("version"));
        admin().post("/api/v1/procedures/ANY/versions/1/retire").then().statusCode(400);
    }

    @Test
    @DisplayName("writes need the catalogue-admin role: no token is 401, a desk officer is 403")
    void writesNeedCatalogueAdmin() {
        String code = uniqueCode();
        given().contentType("application/json").body(version(code, NAME, "SGDDT", 15, 15, "2020-01-01"))
                .post("/api/v1/procedures").then().statusCode(401);
        Fixtures.as(Roles.INTAKE_OFFICER).body(version(code, NAME, "SGDDT", 15, 15, "2020-01-01"))
                .post("/api/v1/procedures").then().statusCode(403);
        Fixtures.as(Roles.INTAKE_OFFICER).post("/api/v1/procedures/" + code + "/versions/1/publish").then().statusCode(403);
        Fixtures.as(Roles.INTAKE_OFFICER).get("/api/v1/procedures/" + code + "/versions").then().statusCode(404);
    }

    @Test
    @DisplayName("the OpenAPI document describes the catalogue in English and Vietnamese")
    void openApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/procedures/{code}/versions/{version}/publish"))
                .body(containsString("Tra cứu thủ tục")).body(containsString("/api/v1/calendar/due-date"));
    }
}
