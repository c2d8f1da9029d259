package org.motcua.processing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.VietnamTime;
import org.motcua.processing.service.CalendarReplica;

/** The migration of a legacy one-stop system's history: ops replays each step with its legacy recording time. */
@QuarkusTest
class MigrationReplayTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CalendarReplica replica;

    private String code;

    @BeforeEach
    void setUp() {
        calendars(replica);
        code = newCode();
        open(code, "1.005076", at("2020-03-04T09:00"));
    }

    private static Map<String, Object> migrated(Map<String, Object> body, String recordedAt) {
        body.put("recordedAt", at(recordedAt).toString());
        return body;
    }

    private JsonPath slip() {
        return as(Roles.AUDITOR).get("/api/v1/cases/" + code + "/history").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    @DisplayName("a 2020 dossier replayed from the legacy system: the head's and the officer's steps entered by ops "
            + "keep their legacy recording times, the return entered one day late")
    void legacyHistoryReplayed() {
        act(Roles.OPS, code, migrated(body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an"),
                "2020-03-04T10:00")).statusCode(200).body("state", equalTo("IN_PROGRESS"));
        act(Roles.OPS, code, migrated(body("APPROVE", "2020-03-20T10:00", "decision",
                decision("12/QĐ-SGDĐT", "2020-03-20", "Nguyễn Văn B", null)), "2020-03-20T10:00")).statusCode(200);
        act(Roles.OPS, code, migrated(body("RESULT_READY", "2020-03-23T09:00"), "2020-03-23T09:00")).statusCode(200);
        act(Roles.OPS, code, migrated(body("RETURN_RESULT", "2020-03-24T14:00", "channel", "DIRECT"),
                "2020-03-25T14:00")).statusCode(200).body("state", equalTo("RESULT_RETURNED"));

        List<EventEnvelope> transitions = events(code, 5, EventTypes.CASE_TRANSITIONED);
        assertThat(transitions).extracting(e -> e.data().get("action").asText())
                .containsExactly("OPEN", "ASSIGN", "APPROVE", "RESULT_READY", "RETURN_RESULT");
        assertThat(transitions.subList(1, 5)).extracting(e -> e.data().get("recordedAt").asText()).containsExactly(
                "2020-03-04T10:00:00+07:00", "2020-03-20T10:00:00+07:00", "2020-03-23T09:00:00+07:00",
                "2020-03-25T14:00:00+07:00");
        for (EventEnvelope e : transitions.subList(1, 5)) {
            assertThat(e.data().get("flags").toString()).isEqualTo("[\"MIGRATED\"]");
            assertThat(e.data().get("actor").get("role").asText()).isEqualTo(Roles.OPS);
            assertThat(e.data().get("actor").get("subject").asText()).isEqualTo("test-ops");
        }
        assertThat(transitions.get(4).data().get("occurredAt").asText()).isEqualTo("2020-03-24T14:00:00+07:00");

        JsonPath slip = slip();
        String today = VietnamTime.now().toLocalDate().toString();
        assertThat(slip.getList("steps.flags")).containsExactly(List.of(), List.of("MIGRATED"), List.of("MIGRATED"),
                List.of("MIGRATED"), List.of("MIGRATED"));
        assertThat(slip.getString("steps[4].recordedAt")).isEqualTo("2020-03-25T14:00:00+07:00");
        assertThat(slip.getString("steps[4].recordedRole")).isEqualTo(Roles.OPS);
        assertThat(slip.getString("steps[4].migratedBy")).isEqualTo("test-ops");
        assertThat(slip.getString("steps[4].migratedAt")).startsWith(today);
        assertThat(slip.getString("steps[0].migratedBy")).isNull();
    }

    @Test
    @DisplayName("a processing officer cannot set the legacy recording time (403 naming recordedAt), nothing changes")
    void onlyOpsMayMigrate() {
        act(Roles.UNIT_HEAD, code, body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an"))
                .statusCode(200);
        act(Roles.PROCESSING_OFFICER, code, migrated(body("REQUEST_PAYMENT", "2020-03-05T10:00"),
                "2020-03-05T10:00")).statusCode(403).contentType(startsWith(PROBLEM))
                .body("errors.field", equalTo(List.of("recordedAt")))
                .body("detail", org.hamcrest.Matchers.containsString("ops"));
        JsonPath slip = slip();
        assertThat(slip.getList("steps")).hasSize(2);
        assertThat(slip.getString("state")).isEqualTo("IN_PROGRESS");
    }

    @Test
    @DisplayName("a legacy recording time before the business time or in the future is refused (422 naming recordedAt), nothing changes")
    void recordedBeforeOccurred() {
        act(Roles.OPS, code, migrated(body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an"),
                "2020-03-04T09:59")).statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", equalTo(List.of("recordedAt")));
        act(Roles.OPS, code, body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an", "recordedAt",
                VietnamTime.now().plusMinutes(5).toString())).statusCode(422)
                .body("errors.field", equalTo(List.of("recordedAt")));
        JsonPath slip = slip();
        assertThat(slip.getList("steps")).hasSize(1);
        assertThat(slip.getString("state")).isEqualTo("RECEIVED");
    }

    @Test
    @DisplayName("ops without a legacy recording time has no right to act (403), nothing changes")
    void opsWithoutRecordedAt() {
        act(Roles.OPS, code, body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an")).statusCode(403)
                .contentType(startsWith(PROBLEM));
        assertThat(slip().getList("steps")).hasSize(1);
    }
}
