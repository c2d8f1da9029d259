package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.testsupport.TestTokens;

/** The rebuild drops the read model: a request carrying input it does not take is refused, nothing is started. */
@QuarkusTest
class RebuildInputTest {

    @Test
    @DisplayName("a rebuild request with a body or a query parameter is a 400 problem naming it, not a rebuild")
    void inputRefused() {
        given().header("Authorization", TestTokens.bearer(Roles.OPS)).contentType("application/json")
                .body("{\"from\":\"2020-01-01\"}").post("/api/v1/admin/rebuild").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("body"));
        given().header("Authorization", TestTokens.bearer(Roles.OPS)).post("/api/v1/admin/rebuild?topics=all").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("topics"));
    }

    @Test
    @DisplayName("a body above the 2 MB limit is a 413 problem document, not an empty answer")
    void hugeBody() {
        given().header("Authorization", TestTokens.bearer(Roles.OPS)).contentType("application/json")
                .body(new byte[3 * 1024 * 1024]).post("/api/v1/admin/rebuild").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }
}
