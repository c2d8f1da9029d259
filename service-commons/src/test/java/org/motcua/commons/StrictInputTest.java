package org.motcua.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

/** Bad input found by the system tests' HostileInputIT: each is a 4xx problem naming the field or the position. */
@QuarkusTest
class StrictInputTest {

    private static RequestSpecification officer() {
        return given().header("Authorization", TestTokens.bearer("intake-officer")).contentType("application/json");
    }

    @Test
    @DisplayName("a valid form is accepted (the baseline of the refusals below)")
    void valid() {
        officer().body("{\"channel\":\"DIRECT\",\"day\":\"2025-01-02\",\"at\":\"2025-01-02T08:00:00+07:00\","
                + "\"copies\":2,\"name\":\"Lê Thị Mai 😀\"}").post("/test/forms").then().statusCode(200)
                .body("name", equalTo("Lê Thị Mai 😀"));
    }

    @Test
    @DisplayName("content after the JSON value is refused, not ignored")
    void trailingContent() {
        officer().body("{\"channel\":\"DIRECT\"} {\"channel\":\"POSTAL\"}").post("/test/forms").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("dòng 1, cột"));
    }

    @Test
    @DisplayName("a property given twice is refused and named")
    void duplicateProperty() {
        officer().body("{\"channel\":\"DIRECT\",\"name\":\"a\",\"name\":\"b\"}").post("/test/forms").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("name")).body("errors[0].reason", containsString("hai lần"));
    }

    @Test
    @DisplayName("a lone surrogate in a string is refused and named, not stored as '?'")
    void loneSurrogate() {
        officer().body("{\"channel\":\"DIRECT\",\"name\":\"Mai\\ud800\"}").post("/test/forms").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("name"));
    }

    @Test
    @DisplayName("a NUL character, in a string or in a path or query parameter, is a 400 problem, not a database error")
    void nulCharacter() {
        officer().body("{\"channel\":\"DIRECT\",\"name\":\"Mai\\u0000\"}").post("/test/forms").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("name"));
        officer().urlEncodingEnabled(false).body("{\"channel\":\"DIRECT\"}").post("/test/forms?x=a%00b").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("x"));
        given().urlEncodingEnabled(false).get("/test/forms/a%00b").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("path"));
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are a 400 problem giving the position")
    void invalidUtf8() {
        byte[] body = "{\"channel\":\"DIRECT\",\"name\":\"M_i\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xFF;
        officer().body(body).post("/test/forms").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("UTF-8")).body("errors[0].reason", containsString("cột"));
    }

    @Test
    @DisplayName("an unknown enum value and a wrong date name their field; a number out of range gives its position")
    void typedFields() {
        officer().body("{\"channel\":\"FAX\"}").post("/test/forms").then().statusCode(400)
                .body("errors[0].field", equalTo("channel")).body("errors[0].reason", containsString("DIRECT, POSTAL"));
        officer().body("{\"channel\":\"DIRECT\",\"day\":\"2025-02-30\"}").post("/test/forms").then().statusCode(400)
                .body("errors[0].field", equalTo("day")).body("errors[0].reason", containsString("YYYY-MM-DD"));
        officer().body("{\"channel\":\"DIRECT\",\"at\":\"yesterday\"}").post("/test/forms").then().statusCode(400)
                .body("errors[0].field", equalTo("at")).body("errors[0].reason", containsString("ISO-8601"));
        officer().body("{\"channel\":\"DIRECT\",\"copies\":99999999999999999999}").post("/test/forms").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].reason", containsString("ngoài khoảng")).body("errors[0].reason", containsString("cột"));
    }

    @Test
    @DisplayName("nesting deeper than 1,000 levels is a 400 problem, not a stack overflow")
    void deepNesting() {
        officer().body("{\"channel\":\"DIRECT\",\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                .post("/test/forms").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("a body above the limit (2 MB) is a 413 problem")
    void bodyTooLarge() {
        officer().body("{\"channel\":\"DIRECT\",\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")
                .post("/test/forms").then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"));
    }

    @Test
    @DisplayName("a hostile value echoed in a problem is cut and made printable")
    void echoedValueIsSafe() {
        officer().body("{\"channel\":\"" + "<script>".repeat(100_000) + "\"}").post("/test/forms").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].reason.length()", org.hamcrest.Matchers.lessThanOrEqualTo(1_001));
    }
}
