package org.motcua.intake;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motcua.testsupport.TestTokens;

/** Requests as the portal, an officer or ops would send them. */
final class Api {
    private Api() {
    }

    static final String CITIZEN_ID = "001190012345";
    static final String PHONE = "0912345678";
    static final String EMAIL = "an.nguyen@example.vn";

    /** One token per role for the whole run: signing a JWT per request costs more than the request itself. */
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static RequestSpecification as(String role) {
        return given().header("Authorization", TOKENS.computeIfAbsent(role, TestTokens::bearer))
                .contentType("application/json");
    }

    static Map<String, Object> citizen() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "CITIZEN");
        a.put("name", "Nguyễn Văn An");
        a.put("identityNumber", CITIZEN_ID);
        a.put("phone", PHONE);
        a.put("email", EMAIL);
        a.put("address", "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội");
        return a;
    }

    static List<Map<String, Object>> documents(String... components) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (String c : components) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("componentCode", c);
            d.put("originals", 1);
            d.put("copies", 0);
            docs.add(d);
        }
        return docs;
    }

    static Map<String, Object> dossier(Catalogue.Procedure p, String channel, String... components) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", p.code());
        body.put("channel", channel);
        body.put("applicant", citizen());
        body.put("documents", documents(components));
        return body;
    }

    static Map<String, Object> receivedAt(Map<String, Object> body, String isoTime) {
        body.put("receivedAt", OffsetDateTime.parse(isoTime).toString());
        return body;
    }
}
