package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.commons.security.Roles;
import org.motcua.testsupport.TestTokens;

@QuarkusTest
class BadParametersTest {

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "from after to | from=2020-12-21&to=2020-01-01 | from",
            "unknown groupBy | from=2020-01-01&to=2020-12-21&groupBy=officer | groupBy",
            "month 13 | from=2020-13-01&to=2020-12-21 | from",
            "30 February | from=2020-01-01&to=2020-02-30 | to",
            "Vietnamese date format | from=01/01/2020&to=2020-12-21 | from",
            "missing to | from=2020-01-01 | to",
            "period over five years | from=2010-01-01&to=2020-12-21 | to",
            "agency code with a quote | from=2020-01-01&to=2020-12-21&agency=x'y | agency",
            "unknown export format | from=2020-01-01&to=2020-12-21&format=pdf | format"}, delimiter = '|')
    @DisplayName("bad form 06 parameters get a 400 problem naming the parameter, in Vietnamese")
    void form06(String situation, String query, String parameter) {
        as(Roles.AUDITOR).get("/api/v1/reports/form-06?" + query).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body("errors[0].field", equalTo(parameter)).body("detail", startsWith("Tham số không hợp lệ"));
    }

    @Test
    @DisplayName("the indicators and the public dashboard check their periods the same way")
    void otherEndpoints() {
        as(Roles.OPS).get("/api/v1/indicators?from=2020-02-01&to=2020-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/v1/public/dashboard?from=2020-01-01&to=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("to")).body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    @DisplayName("form 06 needs a token and a reporting role; the rebuild is for operations only")
    void roles() {
        given().get("/api/v1/reports/form-06?from=2020-01-01&to=2020-01-31").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        as(Roles.INTAKE_OFFICER).get("/api/v1/reports/form-06?from=2020-01-01&to=2020-01-31").then().statusCode(403);
        as(Roles.PORTAL).get("/api/v1/indicators?from=2020-01-01&to=2020-01-31").then().statusCode(403);
        for (String role : new String[] {Roles.UNIT_HEAD, Roles.AUDITOR, Roles.OPS, Roles.PROCESSING_OFFICER}) {
            as(role).get("/api/v1/reports/form-06?from=2020-01-01&to=2020-01-31&agency=NOBODY").then().statusCode(200);
        }
        as(Roles.AUDITOR).post("/api/v1/admin/rebuild").then().statusCode(403);
        given().get("/api/v1/public/dashboard?from=2020-01-01&to=2020-01-31&agency=NOBODY").then().statusCode(200);
    }

    @Test
    @DisplayName("an agency with no dossier gets a report of zeros whose rates are null, not a division by zero")
    void emptyReport() {
        as(Roles.UNIT_HEAD).get("/api/v1/reports/form-06?from=2020-01-01&to=2020-01-31&agency=NOBODY").then()
                .statusCode(200).body("rows.size()", equalTo(0)).body("total.received", equalTo(0))
                .body("total.onTimeRate", equalTo(null));
    }

    @Test
    @DisplayName("the OpenAPI document describes every endpoint in English and Vietnamese")
    void openApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Thống kê mẫu số 06")).body(containsString("Chỉ số phục vụ"))
                .body(containsString("Số liệu tổng hợp cho bảng theo dõi công khai"))
                .body(containsString("phát lại các sự kiện")).body(containsString("Tiến độ lần dựng lại"));
    }
}
