package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class SupplementAndWithdrawalTest {

    private static String incomplete(Catalogue.Procedure p, String... components) {
        return Api.as(Roles.PORTAL).body(Api.dossier(p, "ONLINE", components)).post("/api/v1/dossiers").then()
                .statusCode(201).extract().path("code");
    }

    private static io.restassured.response.ValidatableResponse supplement(String code, String... components) {
        return Api.as(Roles.PORTAL).body(Map.of("documents", Api.documents(components)))
                .post("/api/v1/dossiers/" + code + "/supplements").then();
    }

    @Test
    @DisplayName("an applicant asked for two documents at intake brings one, then the other: the dossier is received "
            + "with its code kept and the due date counted from completion")
    void completedAtIntake() {
        Catalogue.Procedure p = Catalogue.published();
        String code = incomplete(p, "TP2");
        supplement(code, "TP1").statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("missingComponents.code", contains("TP3"));
        OffsetDateTime before = OffsetDateTime.now();
        supplement(code, "TP3").statusCode(200).body("code", equalTo(code)).body("status", equalTo("RECEIVED"))
                .body("nationalStatusCode", equalTo(2)).body("dueDate", notNullValue())
                .body("completedAt", notNullValue());

        List<EventEnvelope> events = KafkaTestClient.events(Topics.DOSSIERS, code, 4, Duration.ofSeconds(20));
        assertThat(events).extracting(EventEnvelope::type).containsExactly(EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE,
                EventTypes.SUPPLEMENT_PROVIDED, EventTypes.SUPPLEMENT_PROVIDED, EventTypes.DOSSIER_RECEIVED);
        assertThat(events.get(1).data().get("complete").asBoolean()).isFalse();
        assertThat(events.get(2).data().get("complete").asBoolean()).isTrue();
        EventEnvelope received = events.get(3);
        assertThat(OffsetDateTime.parse(received.data().get("receivedAt").asText())).isAfterOrEqualTo(
                before.minusSeconds(1));
        assertThat(received.data().get("componentCodes").toString()).contains("TP1", "TP2", "TP3");

        supplement(code, "TP4").statusCode(409).contentType(startsWith("application/problem+json"));
        supplement(code, "ZZ9").statusCode(400).body("errors[0].field", equalTo("documents[0].componentCode"));
    }

    @Test
    @DisplayName("a supplement processing asked for is forwarded with complete=true for processing's clock rule")
    void supplementDuringProcessing() {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.PORTAL).body(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        PublicLookupTest.transition(code, CaseAction.REQUEST_SUPPLEMENT, CaseState.IN_PROGRESS,
                CaseState.SUPPLEMENT_REQUESTED, LocalDate.now().plusDays(20), OffsetDateTime.now().toString(),
                List.of("TP2"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(Roles.PORTAL).get("/api/v1/dossiers/" + code)
                .then().body("status", equalTo("SUPPLEMENT_REQUESTED")).body("inProcessing", equalTo(true)));
        supplement(code, "TP2").statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"));
        List<EventEnvelope> events = KafkaTestClient.events(Topics.DOSSIERS, code, 2, Duration.ofSeconds(20));
        assertThat(events.get(1).type()).isEqualTo(EventTypes.SUPPLEMENT_PROVIDED);
        assertThat(events.get(1).data().get("complete").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("an applicant withdraws a received dossier: national status 7 and WithdrawalRequested; twice is a 409")
    void withdrawal() {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.PORTAL).body(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        Api.as(Roles.PORTAL).body(Map.of("reason", "Đã nộp nhầm thủ tục")).post("/api/v1/dossiers/" + code + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWAL_REQUESTED"))
                .body("nationalStatusCode", equalTo(7));
        List<EventEnvelope> events = KafkaTestClient.events(Topics.DOSSIERS, code, 2, Duration.ofSeconds(20));
        assertThat(events.get(1).type()).isEqualTo(EventTypes.WITHDRAWAL_REQUESTED);
        assertThat(events.get(1).data().get("reason").asText()).isEqualTo("Đã nộp nhầm thủ tục");
        Api.as(Roles.PORTAL).body(Map.of()).post("/api/v1/dossiers/" + code + "/withdrawal").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        Api.as(Roles.AUDITOR).body(Map.of()).post("/api/v1/dossiers/" + code + "/withdrawal").then().statusCode(403);
    }
}
