package org.motcua.intake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;

/** A historical import in which nothing is recognised is refused as a whole: a problem, not a 200 report of zero. */
@QuarkusTest
class ImportRefusalTest {

    @Test
    @DisplayName("every line rejected: a 422 problem naming each line and field, nothing imported")
    void everyLineRejected() {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> line = new LinkedHashMap<>(Api.dossier(p, "DIRECT", "TP1"));
        line.put("code", "BAD CODE");
        line.put("receivedAt", "2020-03-05T10:00:00+07:00");
        Api.as(Roles.OPS).contentType("application/json").body(List.of(line)).post("/api/v1/imports/dossiers").then()
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("line 1 code")).body("rejected", equalTo(1));
    }

    @Test
    @DisplayName("an empty array, a body that is not an array, a broken line: 400 problems")
    void nothingToRead() {
        Api.as(Roles.OPS).contentType("application/json").body("[]").post("/api/v1/imports/dossiers").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body"));
        Api.as(Roles.OPS).contentType("application/json").body("{\"code\":\"x\"}").post("/api/v1/imports/dossiers")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        Api.as(Roles.OPS).contentType("application/x-ndjson").body("{not json\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/imports/dossiers")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
