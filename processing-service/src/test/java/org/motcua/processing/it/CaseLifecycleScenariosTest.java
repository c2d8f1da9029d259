package org.motcua.processing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.motcua.processing.it.Scenario.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.processing.service.CalendarReplica;
import org.motcua.testsupport.KafkaTestClient;

/**
 * Real situations, end to end: intake's events in, officers' REST calls, the tracking slip and the events out.
 * Every dossier is received on Wed 4/3/2020 at 09:00 with 15 working days: due Wed 25/3/2020 at 17:00.
 */
@QuarkusTest
class CaseLifecycleScenariosTest {

    @Inject
    CalendarReplica replica;

    private String code;

    @BeforeEach
    void setUp() {
        calendars(replica);
        code = newCode();
    }

    private void assignedOn4March(String procedure) {
        open(code, procedure, at("2020-03-04T09:00"));
        act(Roles.UNIT_HEAD, code, body("ASSIGN", "2020-03-04T10:00", "unit", "Phòng Quản lý chất lượng",
                "officer", "cv.lan")).statusCode(200).body("state", equalTo("IN_PROGRESS"));
    }

    private JsonPath caseView() {
        return as(Roles.PROCESSING_OFFICER).get("/api/v1/cases/" + code).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath history() {
        return as(Roles.AUDITOR).get("/api/v1/cases/" + code + "/history").then().statusCode(200).extract().jsonPath();
    }

    private void supplementRequestedOn6March() {
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_SUPPLEMENT", "2020-03-06T10:00", "missingComponents",
                List.of("Bản sao giấy chứng nhận đăng ký doanh nghiệp"), "reason", "Hồ sơ thiếu giấy chứng nhận"))
                .statusCode(200).body("state", equalTo("SUPPLEMENT_REQUESTED")).body("nationalStatusCode", equalTo(5))
                .body("clock.paused", equalTo(true));
    }

    @Test
    @DisplayName("a dossier received at the desk opens one case, even when intake's event arrives twice")
    void receivedOpensOneCase() {
        EventEnvelope event = received(code, "1.005076", at("2020-03-04T09:00"), FIFTEEN_DAYS);
        sendAsOutbox(Topics.DOSSIERS, event);
        sendAsOutbox(Topics.DOSSIERS, event);
        KafkaTestClient.send(Topics.DOSSIERS, received(code, "1.005076", at("2020-03-04T09:00"), FIFTEEN_DAYS));
        awaitCase(code);
        as(Roles.UNIT_HEAD).get("/api/v1/cases/" + code).then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("nationalStatusCode", equalTo(2))
                .body("dueDate", equalTo("2020-03-25")).body("dueAt", equalTo("2020-03-25T17:00:00+07:00"))
                .body("clock.mode", equalTo("RESTART")).body("agency.code", equalTo("000.00.12.H38"))
                .body("allowedActions", equalTo(List.of("ASSIGN", "EXTEND", "STOP", "WITHDRAW")));
        assertThat(events(code, 1, EventTypes.CASE_TRANSITIONED)).hasSize(1);
        List<EventEnvelope> opened = events(Duration.ofSeconds(3), code, 2, EventTypes.CASE_TRANSITIONED);
        assertThat(opened).hasSize(1);
        var data = opened.get(0).data();
        assertThat(data.get("action").asText()).isEqualTo("OPEN");
        assertThat(data.get("fromState").isNull()).isTrue();
        assertThat(data.get("toState").asText()).isEqualTo("RECEIVED");
        assertThat(data.get("occurredAt").asText()).isEqualTo("2020-03-04T09:00:00+07:00");
        assertThat(data.get("dueDate").asText()).isEqualTo("2020-03-25");
        assertThat(data.get("procedureCode").asText()).isEqualTo("1.005076");
        assertThat(data.get("fieldCode").asText()).isEqualTo("GDDT-NN");
        assertThat(opened.get(0).source()).isEqualTo("/motcua/processing-service");
        assertThat(history().getList("steps")).hasSize(1);
    }

    @Test
    @DisplayName("a dossier imported from the legacy system without a committed time opens with its appointment date")
    void legacyImportWithoutCommittedTime() {
        KafkaTestClient.send(Topics.DOSSIERS, received(code, "1.005076", at("2020-03-04T09:00"), null,
                new org.motcua.calendar.DueDate(java.time.LocalDate.of(2020, 3, 25), at("2020-03-25T17:00"))));
        awaitCase(code);
        assertThat(caseView().getString("dueDate")).isEqualTo("2020-03-25");
        act(Roles.UNIT_HEAD, code, body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an"))
                .statusCode(200);
        supplementRequestedOn6March();
        act(Roles.INTAKE_OFFICER, code, body("SUPPLEMENT_RECEIVED", "2020-03-13T10:00")).statusCode(200)
                .body("dueDate", equalTo("2020-04-06"));
    }

    @Test
    @DisplayName("supplement requested on day 2 and returned a week later: the 15 days count again from 13/3 (Decree 61 Art 19(4))")
    void supplementRestart() {
        assignedOn4March("1.005076");
        supplementRequestedOn6March();
        KafkaTestClient.send(Topics.DOSSIERS, KafkaTestClient.event(INTAKE, EventTypes.SUPPLEMENT_PROVIDED, code,
                new SupplementProvided(code, List.of("TP2"), true, at("2020-03-13T10:00"), VietnamTime.now())));
        await().atMost(Duration.ofSeconds(20)).until(() -> "IN_PROGRESS".equals(caseView().getString("state")));
        JsonPath view = caseView();
        assertThat(view.getString("dueDate")).isEqualTo("2020-04-06");
        assertThat(view.getBoolean("clock.paused")).isFalse();
        assertThat(view.getInt("clock.pausedWorkingDays")).isEqualTo(5);

        List<EventEnvelope> changes = events(code, 1, EventTypes.DUE_DATE_CHANGED);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).data().get("reason").asText()).isEqualTo("SUPPLEMENT_RESTART");
        assertThat(changes.get(0).data().get("oldDueDate").asText()).isEqualTo("2020-03-25");
        assertThat(changes.get(0).data().get("newDueDate").asText()).isEqualTo("2020-04-06");
        JsonPath slip = history();
        assertThat(slip.getList("steps.action")).containsExactly("OPEN", "ASSIGN", "REQUEST_SUPPLEMENT",
                "SUPPLEMENT_RECEIVED");
        assertThat(slip.getList("steps[2].flags")).isEmpty();
        assertThat(slip.getString("steps[3].recordedRole")).isEqualTo("intake-officer");
        assertThat(slip.getString("steps[3].dueDateChange.reason")).isEqualTo("SUPPLEMENT_RESTART");
        assertThat(slip.getString("steps[3].dueDateChange.explanation")).contains("tính lại từ đầu");
        assertThat(slip.getString("steps[3].timeliness")).as("the clock was stopped").isNull();
    }

    @Test
    @DisplayName("supplement requested on day 2 and returned a week later, in a province that resumes the clock: due moves by 5 working days")
    void supplementResume() {
        assignedOn4March("TEST.RESUME");
        supplementRequestedOn6March();
        act(Roles.INTAKE_OFFICER, code, body("SUPPLEMENT_RECEIVED", "2020-03-13T10:00")).statusCode(200)
                .body("state", equalTo("IN_PROGRESS")).body("dueDate", equalTo("2020-04-01"))
                .body("clock.mode", equalTo("RESUME")).body("clock.pausedWorkingDays", equalTo(5));
        List<EventEnvelope> changes = events(code, 1, EventTypes.DUE_DATE_CHANGED);
        assertThat(changes.get(0).data().get("reason").asText()).isEqualTo("SUPPLEMENT_RESUME");
        assertThat(changes.get(0).data().get("newDueAt").asText()).isEqualTo("2020-04-01T17:00:00+07:00");
    }

    @Test
    @DisplayName("apology letter sent two days before due, then the result is returned on the new date: on time")
    void apologyThenResolvedByNewDate() {
        assignedOn4March("1.005076");
        act(Roles.UNIT_HEAD, code, body("EXTEND", "2020-03-23T09:00", "reason",
                "Cần lấy ý kiến thẩm định của Sở Lao động", "newDueDate", "2020-03-31")).statusCode(200)
                .body("dueDate", equalTo("2020-03-31")).body("extended", equalTo(true))
                .body("allowedActions", not(hasItem("EXTEND")));
        act(Roles.UNIT_HEAD, code, body("APPROVE", "2020-03-30T15:00", "decision",
                decision("245/QĐ-SGDĐT", "2020-03-30", "Giám đốc Trần Văn Bình", null))).statusCode(200)
                .body("state", equalTo("APPROVED")).body("nationalStatusCode", equalTo(4));
        act(Roles.PROCESSING_OFFICER, code, body("RESULT_READY", "2020-03-31T09:00")).statusCode(200)
                .body("nationalStatusCode", equalTo(9));
        act(Roles.PROCESSING_OFFICER, code, body("RETURN_RESULT", "2020-03-31T15:00", "channel", "DIRECT"))
                .statusCode(200).body("state", equalTo("RESULT_RETURNED")).body("nationalStatusCode", equalTo(10))
                .body("allowedActions", equalTo(List.of()));
        JsonPath slip = history();
        assertThat(slip.getString("steps[2].action")).isEqualTo("EXTEND");
        assertThat(slip.getString("steps[2].timeliness")).isEqualTo("EARLY");
        assertThat(slip.getString("steps[2].dueDateChange.explanation")).contains("mẫu 04")
                .contains("Sở Lao động");
        assertThat(slip.getString("steps[5].dueDate")).isEqualTo("2020-03-31");
        assertThat(slip.getString("steps[5].timeliness")).isEqualTo("ON_TIME");
        assertThat(slip.getString("steps[5].officer")).isEqualTo("cv.lan");
        List<EventEnvelope> changes = events(code, 1, EventTypes.DUE_DATE_CHANGED);
        assertThat(changes.get(0).data().get("reason").asText()).isEqualTo("EXTENSION");
        assertThat(changes.get(0).data().get("oldDueDate").asText()).isEqualTo("2020-03-25");
    }

    @Test
    @DisplayName("a second apology letter is refused: the date can be moved only once (Art 19(9))")
    void secondExtendRefused() {
        assignedOn4March("1.005076");
        act(Roles.UNIT_HEAD, code, body("EXTEND", "2020-03-20T09:00", "reason", "Chờ ý kiến liên ngành",
                "newDueDate", "2020-03-31")).statusCode(200);
        act(Roles.UNIT_HEAD, code, body("EXTEND", "2020-03-27T09:00", "reason", "Vẫn chờ ý kiến",
                "newDueDate", "2020-04-08")).statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("một lần"))
                .body("allowedActions", not(hasItem("EXTEND"))).body("allowedActions", hasItem("APPROVE"));
        assertThat(caseView().getString("dueDate")).isEqualTo("2020-03-31");
    }

    @Test
    @DisplayName("the applicant withdraws the dossier during processing: withdrawn (7), nothing more can be done")
    void withdrawalDuringProcessing() {
        assignedOn4March("1.005076");
        KafkaTestClient.send(Topics.DOSSIERS, KafkaTestClient.event(INTAKE, EventTypes.WITHDRAWAL_REQUESTED, code,
                new WithdrawalRequested(code, "Công ty xin rút hồ sơ để bổ sung vốn điều lệ", at("2020-03-10T09:00"),
                        VietnamTime.now())));
        await().atMost(Duration.ofSeconds(20)).until(() -> "WITHDRAWN".equals(caseView().getString("state")));
        assertThat(caseView().getInt("nationalStatusCode")).isEqualTo(7);
        act(Roles.UNIT_HEAD, code, body("APPROVE", null, "decision", decision("1/QĐ", "2020-03-11", "A", null)))
                .statusCode(409).body("allowedActions", equalTo(List.of()));
        JsonPath slip = history();
        assertThat(slip.getString("steps[2].action")).isEqualTo("WITHDRAW");
        assertThat(slip.getString("steps[2].reason")).contains("rút hồ sơ");
        assertThat(slip.getString("steps[2].occurredAt")).isEqualTo("2020-03-10T09:00:00+07:00");
    }

    @Test
    @DisplayName("result returned early by post and recorded later: the slip and the event say early, with who recorded it and when")
    void returnedEarlyRecordedLater() {
        assignedOn4March("1.005076");
        act(Roles.UNIT_HEAD, code, body("APPROVE", "2020-03-19T10:00", "decision",
                decision("233/QĐ-SGDĐT", "2020-03-19", "Giám đốc Trần Văn Bình", "Đủ điều kiện"))).statusCode(200);
        act(Roles.PROCESSING_OFFICER, code, body("RESULT_READY", "2020-03-19T16:00")).statusCode(200);
        act(Roles.PROCESSING_OFFICER, code, body("RETURN_RESULT", "2020-03-20T10:00", "channel", "POSTAL"))
                .statusCode(200).body("state", equalTo("RESULT_RETURNED"));
        JsonPath slip = history();
        assertThat(slip.getString("steps[4].timeliness")).isEqualTo("EARLY");
        assertThat(slip.getString("steps[4].occurredAt")).isEqualTo("2020-03-20T10:00:00+07:00");
        assertThat(slip.getString("steps[4].recordedAt")).startsWith(VietnamTime.now().toLocalDate().toString());
        assertThat(slip.getString("steps[4].recordedBy")).isEqualTo("test-processing-officer");
        assertThat(slip.getString("steps[4].recordedUnit")).isEqualTo("P.QLCL-processing-officer");

        List<EventEnvelope> transitions = events(code, 5, EventTypes.CASE_TRANSITIONED);
        assertThat(transitions).extracting(e -> e.data().get("action").asText())
                .containsExactly("OPEN", "ASSIGN", "APPROVE", "RESULT_READY", "RETURN_RESULT");
        var returned = transitions.get(4).data();
        assertThat(returned.get("fromState").asText()).isEqualTo("RESULT_READY");
        assertThat(returned.get("nationalStatusCode").asInt()).isEqualTo(10);
        assertThat(returned.get("channel").asText()).isEqualTo("POSTAL");
        assertThat(returned.get("occurredAt").asText()).isEqualTo("2020-03-20T10:00:00+07:00");
        assertThat(returned.get("recordedAt").asText()).endsWith("+07:00").doesNotStartWith("2020");
        assertThat(returned.get("actor").get("role").asText()).isEqualTo("processing-officer");
        assertThat(returned.get("actor").get("unit").asText()).isEqualTo("P.QLCL-processing-officer");
        assertThat(returned.get("officer").asText()).isEqualTo("cv.lan");
        assertThat(returned.get("agencyCode").asText()).isEqualTo("000.00.12.H38");
        assertThat(returned.get("dueDate").asText()).isEqualTo("2020-03-25");
        var approved = transitions.get(2).data();
        assertThat(approved.get("decision").get("number").asText()).isEqualTo("233/QĐ-SGDĐT");
        assertThat(approved.get("actor").get("role").asText()).isEqualTo("unit-head");
    }

    @Test
    @DisplayName("payment requested and paid, then refused with a reason and the refusal returned; a late second supplement request is flagged")
    void paymentRefusalAndFlags() {
        assignedOn4March("1.005076");
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_PAYMENT", "2020-03-05T09:00")).statusCode(200)
                .body("state", equalTo("PAYMENT_REQUESTED")).body("nationalStatusCode", equalTo(6));
        act(Roles.PROCESSING_OFFICER, code, body("PAYMENT_RECEIVED", "2020-03-05T14:00")).statusCode(200)
                .body("state", equalTo("IN_PROGRESS"));
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_SUPPLEMENT", "2020-03-06T09:00", "missingComponents",
                List.of("Bản kê cơ sở vật chất"), "reason", "Thiếu")).statusCode(200);
        act(Roles.UNIT_HEAD, code, body("SUPPLEMENT_RECEIVED", "2020-03-09T09:00")).statusCode(200);
        act(Roles.PROCESSING_OFFICER, code, body("REQUEST_SUPPLEMENT", "2020-03-16T09:00", "missingComponents",
                List.of("Danh sách giáo viên"), "reason", "Thiếu")).statusCode(200);
        act(Roles.INTAKE_OFFICER, code, body("SUPPLEMENT_RECEIVED", "2020-03-17T09:00")).statusCode(200);
        act(Roles.UNIT_HEAD, code, body("REFUSE", "2020-03-20T09:00", "decision",
                decision("20/TB-SGDĐT", "2020-03-20", "Phó Giám đốc Lê Thị Hoa", "Không đủ phòng học theo quy định")))
                .statusCode(200).body("state", equalTo("REFUSED")).body("nationalStatusCode", equalTo(9));
        act(Roles.PROCESSING_OFFICER, code, body("RETURN_RESULT", "2020-03-20T15:00", "channel", "ONLINE"))
                .statusCode(200).body("state", equalTo("RESULT_RETURNED"));
        JsonPath slip = history();
        assertThat(slip.getList("steps[6].flags")).containsExactlyInAnyOrder("LATE_SUPPLEMENT_REQUEST",
                "SECOND_SUPPLEMENT_REQUEST");
        assertThat(slip.getString("steps[8].reason")).isEqualTo("Không đủ phòng học theo quy định");
        assertThat(slip.getString("steps[8].decision.signer")).isEqualTo("Phó Giám đốc Lê Thị Hoa");
    }

    @Test
    @DisplayName("the head stops processing while the applicant has not supplemented: stopped (8)")
    void stopWhileWaitingForSupplement() {
        assignedOn4March("1.005076");
        supplementRequestedOn6March();
        act(Roles.UNIT_HEAD, code, body("STOP", "2020-04-20T09:00", "reason", "Quá thời hạn bổ sung")).statusCode(200)
                .body("state", equalTo("STOPPED")).body("nationalStatusCode", equalTo(8));
    }
}
