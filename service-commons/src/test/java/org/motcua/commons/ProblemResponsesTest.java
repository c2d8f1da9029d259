package org.motcua.commons;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.CachingJwtParser;
import org.motcua.testsupport.TestTokens;

@QuarkusTest
class ProblemResponsesTest {

    @Inject
    JWTParser jwtParser;

    private static io.restassured.specification.RequestSpecification officer() {
        return given().header("Authorization", TestTokens.bearer("intake-officer")).contentType("application/json");
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem, not a 500")
    void malformedJson() {
        officer().body("{\"subject\": ").post("/test/notes").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    @DisplayName("a wrong type names the field")
    void wrongType() {
        officer().body("{\"subject\": \"a\", \"text\": \"b\", \"lines\": 5}").post("/test/notes").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("lines"));
    }

    @Test
    @DisplayName("an unknown field is refused and named")
    void unknownField() {
        officer().body("{\"subject\": \"a\", \"text\": \"b\", \"colour\": \"red\"}").post("/test/notes").then()
                .statusCode(400).body("errors.field", hasItem("colour"));
    }

    @Test
    @DisplayName("validation failures list every field with its reason, including inside lists")
    void validation() {
        officer().body(Map.of("subject", "", "text", "x".repeat(21), "lines", List.of(Map.of("code", ""))))
                .post("/test/notes").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("subject")).body("errors.field", hasItem("text"))
                .body("errors.field", hasItem("lines[0].code"));
    }

    @Test
    @DisplayName("no token is a 401 problem; a wrong role is a 403 problem")
    void security() {
        given().contentType("application/json").body(Map.of("subject", "a", "text", "b")).post("/test/notes")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("auditor")).contentType("application/json")
                .body(Map.of("subject", "a", "text", "b")).post("/test/notes").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", "Bearer not.a.token").contentType("application/json")
                .body(Map.of("subject", "a", "text", "b")).post("/test/notes").then().statusCode(401);
    }

    @Test
    @DisplayName("a token accepted once is still refused when its signature is altered, and an expired one is refused")
    void verifiedTokensAreExactAndExpire() {
        assertThat(ClientProxy.unwrap(jwtParser)).as("the parser Quarkus authenticates with")
                .isInstanceOf(CachingJwtParser.class);
        String token = TestTokens.forRole("intake-officer");
        String subject = "tok-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("subject", subject + i, "text", "b")).post("/test/notes").then().statusCode(200);
        }
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().header("Authorization", "Bearer " + altered).contentType("application/json")
                .body(Map.of("subject", subject + "x", "text", "b")).post("/test/notes").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.expired("intake-officer"))
                .contentType("application/json").body(Map.of("subject", subject + "y", "text", "b"))
                .post("/test/notes").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("unknown paths, wrong methods and wrong content types are 4xx problems")
    void routing() {
        given().get("/no/such/thing").then().statusCode(404).contentType(startsWith("application/problem+json"));
        officer().get("/test/notes").then().statusCode(405);
        given().header("Authorization", TestTokens.bearer("intake-officer")).contentType("text/plain")
                .body("hello").post("/test/notes").then().statusCode(415);
    }

    @Test
    @DisplayName("health, metrics and OpenAPI are served")
    void operations() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("motcua_outbox"));
        given().get("/q/openapi").then().statusCode(200);
    }
}
