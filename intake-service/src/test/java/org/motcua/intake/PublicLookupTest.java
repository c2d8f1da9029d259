package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.processing.Actor;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class PublicLookupTest {

    static final String PROCESSING = "/motcua/processing-service";

    static void transition(String code, CaseAction action, CaseState from, CaseState to, LocalDate due,
            String occurredAt, List<String> missing) {
        OffsetDateTime at = OffsetDateTime.parse(occurredAt);
        KafkaTestClient.send(Topics.CASES, KafkaTestClient.event(PROCESSING, EventTypes.CASE_TRANSITIONED, code,
                new CaseTransitioned(code, "x", "x", "GDDT", action, from, to, to.nationalStatusCode,
                        new Actor("officer", Roles.PROCESSING_OFFICER, "P1"), null, null, null, null, missing, null, due,
                        due == null ? null : due.atTime(17, 0).atOffset(at.getOffset()), List.of(), at, at)));
    }

    /** A complete dossier received by post on 5 March 2020, 09:15 (due 23 March): its code. */
    private static String postedOn5March2020(Catalogue.Procedure p) {
        return Api.as(Roles.PORTAL).body(Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"),
                "2020-03-05T09:15:00+07:00")).post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
    }

    private static io.restassured.response.ValidatableResponse lookup(String code) {
        return given().get("/api/v1/public/dossiers/" + code).then();
    }

    @Test
    @DisplayName("anyone with the code sees the status, procedure and appointment, and no personal data")
    void noPersonalData() {
        Catalogue.Procedure p = Catalogue.published();
        String code = postedOn5March2020(p);
        String body = lookup(code).statusCode(200).body("code", equalTo(code)).body("status", equalTo("RECEIVED"))
                .body("nationalStatusCode", equalTo(2)).body("statusLabel", equalTo("Đã tiếp nhận"))
                .body("procedureName", equalTo(Catalogue.LICENCE)).body("dueDate", equalTo("2020-03-23"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain(Api.CITIZEN_ID).doesNotContain(Api.PHONE)
                .doesNotContain(Api.EMAIL).doesNotContain("Nguyễn Văn An").doesNotContain("Lý Thường Kiệt");
        lookup("NOPE-200101-0001").statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("the look-up follows processing: in progress, then a moved appointment; a late older event changes nothing")
    void followsProcessing() {
        Catalogue.Procedure p = Catalogue.published();
        String code = postedOn5March2020(p);
        transition(code, CaseAction.ASSIGN, CaseState.RECEIVED, CaseState.IN_PROGRESS, LocalDate.of(2020, 3, 23),
                "2020-03-06T08:00:00+07:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookup(code).body("status", equalTo("IN_PROGRESS"))
                .body("nationalStatusCode", equalTo(4)));
        KafkaTestClient.send(Topics.CASES, KafkaTestClient.event(PROCESSING, EventTypes.DUE_DATE_CHANGED, code,
                new DueDateChanged(code, LocalDate.of(2020, 3, 23), null, LocalDate.of(2020, 3, 27),
                        OffsetDateTime.parse("2020-03-27T17:00:00+07:00"), DueDateChangeReason.EXTENSION,
                        "Xin lỗi, gia hạn", OffsetDateTime.parse("2020-03-20T10:00:00+07:00"),
                        OffsetDateTime.parse("2020-03-20T10:00:00+07:00"))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookup(code).body("dueDate", equalTo("2020-03-27")));
        // processing replays an older transition late: the newer status stays
        transition(code, CaseAction.OPEN, null, CaseState.RECEIVED,
                LocalDate.of(2020, 3, 23), "2020-03-05T10:00:00+07:00", null);
        String marker = Api.as(Roles.PORTAL).body(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        transition(marker, CaseAction.ASSIGN, CaseState.RECEIVED, CaseState.IN_PROGRESS, null,
                OffsetDateTime.now().toString(), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookup(marker).body("status", equalTo("IN_PROGRESS")));
        lookup(code).body("status", equalTo("IN_PROGRESS")).body("dueDate", equalTo("2020-03-27"));
    }

    @Test
    @DisplayName("two changes stamped with the same second (an officer assigns and approves at once): the one sent later wins")
    void equalTimesKeepTopicOrder() {
        Catalogue.Procedure p = Catalogue.published();
        String code = postedOn5March2020(p);
        String sameSecond = "2020-03-06T08:00:00+07:00";
        transition(code, CaseAction.ASSIGN, CaseState.RECEIVED, CaseState.IN_PROGRESS, LocalDate.of(2020, 3, 23),
                sameSecond, null);
        transition(code, CaseAction.APPROVE, CaseState.IN_PROGRESS, CaseState.APPROVED, LocalDate.of(2020, 3, 23),
                sameSecond, null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookup(code).body("status", equalTo("APPROVED"))
                .body("statusLabel", equalTo("Đang xử lý (đã phê duyệt)")));
    }

    @Test
    @DisplayName("a case that another intake received (no such dossier here) creates nothing and does not stop the consumer")
    void caseOfAnotherIntake() {
        String foreign = "KHAC-" + (100000 + (UUID.randomUUID().hashCode() & 0xffff)) + "-0001";
        transition(foreign, CaseAction.ASSIGN, CaseState.RECEIVED, CaseState.IN_PROGRESS, LocalDate.of(2020, 3, 23),
                OffsetDateTime.now().toString(), null);
        Catalogue.Procedure p = Catalogue.published();
        String marker = Api.as(Roles.PORTAL).body(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        transition(marker, CaseAction.ASSIGN, CaseState.RECEIVED, CaseState.IN_PROGRESS, null,
                OffsetDateTime.now().toString(), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookup(marker).body("status", equalTo("IN_PROGRESS")));
        lookup(foreign).statusCode(404);
    }

    @Test
    @DisplayName("a client looking up more than 60 times a minute gets a 429 problem; other clients are not affected")
    void rateLimited() {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.PORTAL).body(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String client = "10.1." + (UUID.randomUUID().hashCode() & 0xff) + "." + (UUID.randomUUID().hashCode() & 0xff);
        for (int i = 0; i < 60; i++) {
            given().header("X-Forwarded-For", client).get("/api/v1/public/dossiers/" + code).then().statusCode(200);
        }
        // the bucket refills one token a second while the loop runs: within a few more requests one is refused
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            io.restassured.response.Response r = given().header("X-Forwarded-For", client)
                    .get("/api/v1/public/dossiers/" + code);
            refused = r.statusCode() == 429 ? r : null;
        }
        org.assertj.core.api.Assertions.assertThat(refused).as("a 429 after the 60 allowed look-ups").isNotNull();
        refused.then().contentType(startsWith("application/problem+json")).header("Retry-After", not(equalTo("0")))
                .body("detail", containsString("thử lại"));
        given().header("X-Forwarded-For", client.replace("10.1.", "10.2.")).get("/api/v1/public/dossiers/" + code).then().statusCode(200);
    }
}
