package org.motcua.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.it.Agency.count;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.testsupport.KafkaTestClient;

/** Form 06 through the consumed topics and the REST API, one agency per situation. */
@QuarkusTest
class Form06ScenariosTest {

    @Test
    @DisplayName("dossiers still open at New Year are carried over into January; one resolved in December is not")
    void carriedOverAcrossPeriods() {
        Agency a = new Agency();
        String early = a.received("2019-12-20T09:00", "2020-01-10");
        String open = a.received("2019-12-23T14:00", "2020-01-15");
        String closedInDecember = a.received("2019-12-02T08:00", "2019-12-20");
        a.resultReady(closedInDecember, "2019-12-20", "2019-12-18T10:00");
        a.resultReady(early, "2020-01-10", "2020-01-08T10:00");

        a.expect("2020-01-01", "2020-01-31", Map.of("received", 0, "carriedOver", 2, "resolved", 1,
                "resolvedEarly", 1, "inProgress", 1, "inProgressOverdue", 1, "inProgressWithinDeadline", 0));
        a.expect("2019-12-01", "2019-12-31", Map.of("received", 3, "carriedOver", 0, "resolved", 1,
                "inProgress", 2, "inProgressWithinDeadline", 2));
        // the dossier still open is carried over again into February, overdue since 15/01
        a.expect("2020-02-01", "2020-02-29", Map.of("carriedOver", 1, "inProgressOverdue", 1));
        assertThat(open).isNotBlank();
    }

    @Test
    @DisplayName("a result returned on its due day but entered three days later counts on time in its period, recorded late once")
    void lateRecordedOnTimeReturn() {
        Agency a = new Agency();
        String dossier = a.received("2020-03-02T09:00", "2020-03-20");
        a.transition(dossier, CaseAction.RETURN_RESULT, CaseState.IN_PROGRESS, CaseState.RESULT_RETURNED,
                "2020-03-20", "2020-03-20T16:00", "2020-03-23T08:30");

        a.expect("2020-03-01", "2020-03-31", Map.of("received", 1, "resolved", 1, "resolvedOnTime", 1,
                "resolvedLate", 0, "recordedLate", 1, "onTimeRate", 1.0f));
        // entering it late does not move it to the day it was entered
        assertThat(a.total("2020-03-21", "2020-03-31")).containsEntry("resolved", 0).containsEntry("recordedLate", 0);
    }

    @Test
    @DisplayName("a dossier whose date was moved once by an apology letter is late only after the new date")
    void lateDossier() {
        Agency a = new Agency();
        String late = a.received("2020-04-01T09:00", "2020-04-20");
        a.dueDateChanged(late, "2020-04-20", "2020-04-24", DueDateChangeReason.EXTENSION, "2020-04-17T10:00");
        a.resultReady(late, null, "2020-04-27T09:00");
        String savedByExtension = a.received("2020-04-01T10:00", "2020-04-20");
        a.dueDateChanged(savedByExtension, "2020-04-20", "2020-04-24", DueDateChangeReason.EXTENSION, "2020-04-17T10:00");
        a.resultReady(savedByExtension, null, "2020-04-23T09:00");

        a.expect("2020-04-01", "2020-04-30", Map.of("received", 2, "resolved", 2, "resolvedLate", 1,
                "resolvedEarly", 1, "onTimeRate", 0.5f));
    }

    @Test
    @DisplayName("a dossier still in progress is within its deadline on its due day and overdue the next working day")
    void overdueInProgress() {
        Agency a = new Agency();
        a.received("2020-05-04T09:00", "2020-05-22");
        Map<String, Object> toDueDay = a.awaitTotal("2020-05-01", "2020-05-22", count("received", 1));
        assertThat(toDueDay).containsEntry("inProgress", 1).containsEntry("inProgressWithinDeadline", 1)
                .containsEntry("inProgressOverdue", 0).containsEntry("onTimeRateIncludingInProgress", 1.0f);
        assertThat(a.total("2020-05-01", "2020-05-25")).containsEntry("inProgressOverdue", 1)
                .containsEntry("inProgressWithinDeadline", 0).containsEntry("onTimeRateIncludingInProgress", 0.0f);
    }

    @Test
    @DisplayName("a refusal after appraisal is a resolution, early when before the due date")
    void refusedDossier() {
        Agency a = new Agency();
        String dossier = a.received("2020-06-01T09:00", "2020-06-19");
        a.transition(dossier, CaseAction.REFUSE, CaseState.IN_PROGRESS, CaseState.REFUSED, "2020-06-19",
                "2020-06-10T15:00", "2020-06-10T15:00");
        a.expect("2020-06-01", "2020-06-30", Map.of("received", 1, "resolved", 1, "resolvedEarly", 1,
                "inProgress", 0));
    }

    @Test
    @DisplayName("a withdrawn dossier is received but neither resolved nor in progress after its withdrawal")
    void withdrawnDossier() {
        Agency a = new Agency();
        String dossier = a.received("2020-07-01T09:00", "2020-07-20");
        a.withdrawalRequested(dossier, "2020-07-06T10:00");
        Agency b = new Agency();
        String stopped = b.received("2020-07-01T09:00", "2020-07-20");
        b.transition(stopped, CaseAction.STOP, CaseState.IN_PROGRESS, CaseState.STOPPED, "2020-07-20",
                "2020-07-08T10:00", "2020-07-08T10:00");

        a.expect("2020-07-01", "2020-07-31", Map.of("received", 1, "resolved", 0, "inProgress", 0));
        a.expect("2020-07-01", "2020-07-05", Map.of("received", 1, "inProgress", 1));
        a.expect("2020-08-01", "2020-08-31", Map.of("carriedOver", 0, "inProgress", 0));
        b.expect("2020-07-01", "2020-07-31", Map.of("received", 1, "resolved", 0, "inProgress", 0));
    }

    @Test
    @DisplayName("a result that overtakes its receipt on the other topic is counted once the receipt arrives, and a redelivery once")
    void caseBeforeReceiptAndRedelivery() {
        Agency a = new Agency();
        String dossier = a.code + "-200810-0001";
        a.transition(dossier, CaseAction.OPEN, CaseState.RECEIVED, CaseState.RECEIVED, "2020-08-21",
                "2020-08-10T09:00", "2020-08-10T09:00");
        a.resultReady(dossier, "2020-08-21", "2020-08-18T09:00");
        // nothing counted yet: the receipt has not arrived
        assertThat(a.total("2020-08-01", "2020-08-31")).containsEntry("resolved", 0);
        EventEnvelope receipt = KafkaTestClient.event(Agency.INTAKE, EventTypes.DOSSIER_RECEIVED, dossier,
                new org.motcua.contracts.intake.DossierReceived(dossier, "1.005076", 1, "Thủ tục thử", a.agency,
                        Agency.EDUCATION, Channel.ONLINE, null, null, Agency.at("2020-08-10T09:00"),
                        Agency.d("2020-08-21"), null, null, null, List.of(), true, false, Agency.at("2020-08-10T09:00"),
                        Agency.at("2020-08-10T09:00")));
        KafkaTestClient.send(Topics.DOSSIERS, receipt);
        KafkaTestClient.send(Topics.DOSSIERS, receipt);
        String marker = a.received("2020-08-11T09:00", "2020-08-28");
        a.expect("2020-08-01", "2020-08-31", Map.of("received", 2, "receivedOnline", 1, "resolved", 1,
                "resolvedEarly", 1, "inProgress", 1));
        assertThat(marker).isNotBlank();
    }

    @Test
    @DisplayName("rows by field and by procedure carry the Vietnamese names and add up to the total")
    void grouping() {
        Agency a = new Agency();
        a.received("2020-09-01T09:00", "2020-09-18", Channel.ONLINE, Agency.EDUCATION, "1.005076", false);
        a.received("2020-09-02T09:00", "2020-09-18", Channel.POSTAL, Agency.FOREIGN_LANGUAGE, "1.000948.H38", false);
        a.received("2020-09-03T09:00", "2020-09-18", Channel.DIRECT, Agency.FOREIGN_LANGUAGE, "1.000948.H38", false);
        a.awaitTotal("2020-09-01", "2020-09-30", count("received", 3));

        JsonPath byField = a.form06("2020-09-01", "2020-09-30", "field");
        assertThat(byField.getList("rows.code")).containsExactly("GDDT", "NNTH");
        assertThat(byField.getList("rows.name")).containsExactly("Giáo dục và Đào tạo", "Ngoại ngữ, tin học");
        assertThat(byField.getList("rows.figures.received")).containsExactly(1, 2);
        assertThat(byField.getList("rows.figures.receivedOnline")).containsExactly(1, 0);
        assertThat(byField.getList("rows.figures.receivedDirectOrPostal")).containsExactly(0, 2);
        assertThat(byField.getInt("total.received")).isEqualTo(3);
        assertThat(byField.getString("groupBy")).isEqualTo("FIELD");
        assertThat(byField.getString("generatedAt")).endsWith("+07:00");

        JsonPath byProcedure = a.form06("2020-09-01", "2020-09-30", "procedure");
        assertThat(byProcedure.getList("rows.code")).containsExactly("1.000948.H38", "1.005076");
    }

    @Test
    @DisplayName("an agency renamed mid-month is named as its latest receipt named it, even when an older receipt comes in last")
    void renamedAgency() {
        Agency a = new Agency();
        a.receivedUnder("Sở Giáo dục (tên cũ)", "2020-10-01T09:00", "2020-10-20");
        a.receivedUnder("Sở Giáo dục và Đào tạo (tên mới)", "2020-10-15T09:00", "2020-11-03");
        a.awaitTotal("2020-10-01", "2020-10-31", count("received", 2));
        // a receipt of 2 October handled after the renaming: its old name does not come back
        a.receivedUnder("Sở Giáo dục (tên cũ)", "2020-10-02T09:00", "2020-10-21");
        a.awaitTotal("2020-10-01", "2020-10-31", count("received", 3));

        JsonPath byAgency = a.form06("2020-10-01", "2020-10-31", "agency");
        assertThat(byAgency.getList("rows.code")).containsExactly(a.code);
        assertThat(byAgency.getList("rows.name")).containsExactly("Sở Giáo dục và Đào tạo (tên mới)");
    }

    @Test
    @DisplayName("a receipt from a newer intake with an extra payload field and a tracing extension is counted, not dead-lettered")
    void additivePayloadChange() throws Exception {
        Agency a = new Agency();
        String dossier = a.code + "-201201-0001";
        EventEnvelope receipt = KafkaTestClient.event(Agency.INTAKE, EventTypes.DOSSIER_RECEIVED, dossier,
                new org.motcua.contracts.intake.DossierReceived(dossier, "1.005076", 1, "Thủ tục thử", a.agency,
                        Agency.EDUCATION, Channel.DIRECT, null, null, Agency.at("2020-12-01T09:00"),
                        Agency.d("2020-12-18"), null, null, null, List.of(), false, false,
                        Agency.at("2020-12-01T09:00"), Agency.at("2020-12-01T09:00")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) receipt.data()).put("paymentReference", "VNPAY-123");
        com.fasterxml.jackson.databind.node.ObjectNode envelope = org.motcua.contracts.Json.newMapper().valueToTree(receipt);
        envelope.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        KafkaTestClient.send(Topics.DOSSIERS, dossier, envelope.toString());
        a.expect("2020-12-01", "2020-12-31", Map.of("received", 1, "inProgress", 1));
    }
}
