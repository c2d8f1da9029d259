package org.motcua.catalog;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.commons.security.Roles;
import org.motcua.testsupport.TestTokens;

/** Request bodies and callers shared by the module's tests. */
final class Fixtures {
    private Fixtures() {
    }

    static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(Roles.CATALOG_ADMIN)).contentType("application/json");
    }

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType("application/json");
    }

    static Map<String, Object> duration(int value, String unit) {
        return Map.of("value", value, "unit", unit);
    }

    /** A procedure version body: name, agency, statutory/committed working days and start. */
    static Map<String, Object> version(String code, String name, String agency, int statutory, int committed,
            String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        if (code != null) {
            body.put("code", code);
        }
        body.put("name", name);
        body.put("field", Map.of("code", "HTQD", "name", "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân"));
        body.put("agency", Map.of("code", agency, "name", "Sở Giáo dục và Đào tạo"));
        body.put("applicantTypes", List.of("BUSINESS"));
        body.put("channels", List.of("DIRECT", "ONLINE"));
        body.put("onlineLevel", "PARTLY_ONLINE");
        body.put("components", List.of(
                Map.of("code", "TP01", "name", "Tờ trình đề nghị", "mandatory", true, "originals", 1, "copies", 0),
                Map.of("code", "TP02", "name", "Bản sao giấy tờ trụ sở", "mandatory", false, "originals", 0, "copies", 1)));
        body.put("processingTime", Map.of("statutory", duration(statutory, "WORKING_DAYS"),
                "committed", duration(committed, "WORKING_DAYS")));
        body.put("result", "Quyết định cho phép");
        body.put("legalBasis", List.of(Map.of("number", "46/2017/NĐ-CP",
                "title", "Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục")));
        body.put("effectiveFrom", effectiveFrom);
        return body;
    }

    /** Creates a draft and returns its version number. */
    static int draft(Map<String, Object> body) {
        return admin().body(body).post("/api/v1/procedures").then().statusCode(201).extract().path("version");
    }

    static void publish(String code, int version) {
        admin().post("/api/v1/procedures/" + code + "/versions/" + version + "/publish").then().statusCode(200);
    }

    /** Creates and publishes; returns the version number. */
    static int published(Map<String, Object> body) {
        int version = draft(body);
        publish((String) body.get("code"), version);
        return version;
    }
}
