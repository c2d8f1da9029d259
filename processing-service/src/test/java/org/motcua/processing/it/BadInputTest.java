package org.motcua.processing.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.motcua.processing.it.Scenario.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.VietnamTime;
import org.motcua.processing.service.CalendarReplica;

/** Wrong input, wrong role, wrong state: a 4xx problem naming the cause, and the case does not change. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CalendarReplica replica;

    private String code;
    private JsonPath before;

    @BeforeEach
    void setUp() {
        calendars(replica);
        code = newCode();
        open(code, "1.005076", at("2020-03-04T09:00"));
        act(Roles.UNIT_HEAD, code, body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an"))
                .statusCode(200);
        before = snapshot();
    }

    private JsonPath snapshot() {
        return as(Roles.AUDITOR).get("/api/v1/cases/" + code + "/history").then().statusCode(200).extract()
                .jsonPath();
    }

    private void unchanged() {
        JsonPath after = snapshot();
        assertThat(after.getList("steps")).hasSameSizeAs(before.getList("steps"));
        assertThat(after.getString("state")).isEqualTo(before.getString("state"));
        assertThat(after.getString("dueDate")).isEqualTo(before.getString("dueDate"));
    }

    @Test
    @DisplayName("an unknown action is a 400 naming the field 'action'")
    void unknownAction() {
        act(Roles.UNIT_HEAD, code, Map.of("action", "FLY_TO_THE_MOON")).statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("action"));
        act(Roles.UNIT_HEAD, code, Map.of("occurredAt", "2020-03-05T10:00:00+07:00")).statusCode(400)
                .body("errors.field", hasItem("action"));
        act(Roles.UNIT_HEAD, code, Map.of("action", "OPEN")).statusCode(400).body("errors.field", hasItem("action"));
        unchanged();
    }

    @Test
    @DisplayName("an approval without number and signer, a refusal without reason: 400 naming each field in Vietnamese")
    void missingDecisionFields() {
        act(Roles.UNIT_HEAD, code, body("APPROVE", "2020-03-10T10:00", "decision", Map.of("date", "2020-03-10")))
                .statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItems("decision.number", "decision.signer"))
                .body("errors[0].reason", equalTo("bắt buộc nhập"));
        act(Roles.UNIT_HEAD, code, body("REFUSE", "2020-03-10T10:00", "decision",
                decision("1/TB", "2020-03-10", "Giám đốc", null))).statusCode(400)
                .body("errors.field", equalTo(List.of("decision.reason")));
        act(Roles.UNIT_HEAD, code, body("APPROVE", "2020-03-10T10:00", "decision",
                Map.of("number", "1", "date", "10/03/2020", "signer", "A"))).statusCode(400)
                .body("errors.field", hasItem("decision.date"));
        unchanged();
    }

    @Test
    @DisplayName("occurredAt in the future or before the last step is refused (422) and nothing changes")
    void occurredAtBounds() {
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_PAYMENT", null, "occurredAt",
                VietnamTime.now().plusMinutes(5).toString())).statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", equalTo(List.of("occurredAt")))
                .body("detail", equalTo("Thời điểm thực hiện không được ở tương lai."));
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_PAYMENT", "2020-03-04T09:59")).statusCode(422)
                .body("errors.field", equalTo(List.of("occurredAt")))
                .body("detail", org.hamcrest.Matchers.containsString("10:00 04/03/2020"));
        unchanged();
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_PAYMENT", "2020-03-04T10:00")).statusCode(200);
    }

    @Test
    @DisplayName("an officer cannot approve (403); an auditor cannot act at all (403); no token is 401")
    void roles() {
        act(Roles.PROCESSING_OFFICER, code, body("APPROVE", null, "decision",
                decision("1/QĐ", "2020-03-10", "A", null))).statusCode(403).contentType(startsWith(PROBLEM))
                .body("detail", org.hamcrest.Matchers.containsString("APPROVE"));
        act(Roles.AUDITOR, code, body("REQUEST_PAYMENT", null)).statusCode(403);
        given().contentType("application/json").body(body("REQUEST_PAYMENT", null))
                .post("/api/v1/cases/" + code + "/transitions").then().statusCode(401);
        as(Roles.INTAKE_OFFICER).get("/api/v1/cases/" + code).then().statusCode(403);
        unchanged();
    }

    @Test
    @DisplayName("an action the state does not allow is a 409 listing what the caller may do")
    void wrongState() {
        act(Roles.PROCESSING_OFFICER, code, body("RETURN_RESULT", null, "channel", "DIRECT")).statusCode(409)
                .contentType(startsWith(PROBLEM))
                .body("allowedActions", equalTo(List.of("REQUEST_SUPPLEMENT", "REQUEST_PAYMENT", "WITHDRAW")));
        as(Roles.PROCESSING_OFFICER).get("/api/v1/cases/" + code).then()
                .body("allowedActions", equalTo(List.of("REQUEST_SUPPLEMENT", "REQUEST_PAYMENT", "WITHDRAW")));
        unchanged();
    }

    @Test
    @DisplayName("unknown case is 404; bad queue parameters are 400 naming the parameter")
    void notFoundAndQueueParameters() {
        act(Roles.UNIT_HEAD, "NO-SUCH-CODE", body("ASSIGN", null, "unit", "P1", "officer", "a")).statusCode(404)
                .contentType(startsWith(PROBLEM));
        as(Roles.AUDITOR).get("/api/v1/cases/NO-SUCH-CODE/history").then().statusCode(404);
        as(Roles.AUDITOR).queryParam("state", "SLEEPING").get("/api/v1/cases").then().statusCode(400)
                .body("errors.field", equalTo(List.of("state")));
        as(Roles.AUDITOR).queryParam("view", "urgent").get("/api/v1/cases").then().statusCode(400)
                .body("errors.field", equalTo(List.of("view")));
        as(Roles.AUDITOR).queryParam("dueBefore", "25/03/2020").get("/api/v1/cases").then().statusCode(400)
                .body("errors.field", equalTo(List.of("dueBefore")));
        as(Roles.AUDITOR).queryParam("size", "0").get("/api/v1/cases").then().statusCode(400)
                .body("errors.field", equalTo(List.of("size")));
    }

    @Test
    @DisplayName("a field the API does not know is refused and named")
    void unknownField() {
        act(Roles.UNIT_HEAD, code, body("STOP", null, "reason", "x", "colour", "red")).statusCode(400)
                .body("errors.field", hasItem("colour"));
        unchanged();
    }
}
