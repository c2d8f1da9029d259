package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.Channel;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class DossierIntakeTest {

    private static String submit(Map<String, Object> body, String role) {
        return Api.as(role).body(body).post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
    }

    @Test
    @DisplayName("with only the catalogue's events (its service not running), a complete dossier posted on Thu 5/3/2020 "
            + "under the shortened 12-day time is due Mon 23/3/2020, and DossierReceived carries no personal data")
    void completePostalDossier() {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.PORTAL)
                .body(Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"), "2020-03-05T09:15:00+07:00"))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("code", equalTo(p.agencyCode() + "-200305-0001"))
                .body("status", equalTo("RECEIVED")).body("nationalStatusCode", equalTo(2))
                .body("dueDate", equalTo("2020-03-23")).body("dueAt", equalTo("2020-03-23T17:00:00+07:00"))
                .body("receivedAt", equalTo("2020-03-05T09:15:00+07:00"))
                .body("missingComponents", nullValue())
                .extract().path("code");

        List<EventEnvelope> events = KafkaTestClient.events(Topics.DOSSIERS, code, 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        EventEnvelope e = events.get(0);
        assertThat(e.type()).isEqualTo(EventTypes.DOSSIER_RECEIVED);
        assertThat(e.source()).isEqualTo("/motcua/intake-service");
        assertThat(e.data().get("procedureCode").asText()).isEqualTo(p.code());
        assertThat(e.data().get("procedureVersion").asInt()).isEqualTo(1);
        assertThat(e.data().get("agency").get("code").asText()).isEqualTo(p.agencyCode());
        assertThat(e.data().get("field").get("code").asText()).isEqualTo("GDDT");
        assertThat(e.data().get("channel").asText()).isEqualTo("POSTAL");
        assertThat(e.data().get("dueDate").asText()).isEqualTo("2020-03-23");
        assertThat(e.data().get("committed").get("value").asInt()).isEqualTo(12);
        assertThat(e.data().get("statutory").get("value").asInt()).isEqualTo(15);
        assertThat(e.data().get("occurredAt").asText()).isEqualTo("2020-03-05T09:15:00+07:00");
        assertThat(e.data().get("recordedAt").asText()).endsWith("+07:00");
        assertThat(e.data().get("imported").asBoolean()).isFalse();
        assertThat(e.data().get("applicantName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(e.data().toString()).doesNotContain(Api.CITIZEN_ID).doesNotContain(Api.PHONE)
                .doesNotContain(Api.EMAIL);
    }

    @Test
    @DisplayName("a dossier posted the day before Notice 371 took effect keeps the 15-day statutory version")
    void versionInForceAtPostmark() {
        Catalogue.Procedure p = Catalogue.newProcedure();
        Catalogue.publish(p,
                Catalogue.version(p, 1, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 3, 5), 15, Channel.POSTAL),
                Catalogue.version(p, 2, LocalDate.of(2020, 3, 5), null, 12, Channel.POSTAL));
        Api.as(Roles.PORTAL)
                .body(Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"), "2020-03-04T10:00:00+07:00"))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("procedureVersion", equalTo(1)).body("dueDate", equalTo("2020-03-25"));
    }

    /** A complete postal dossier posted on Thu 5/3/2020: due Mon 23/3 under 12 working days, Thu 19/3 under 10. */
    private static Map<String, Object> postedOnThursday5March2020(Catalogue.Procedure p) {
        return Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"), "2020-03-05T09:15:00+07:00");
    }

    /** Version 1 of {@link Catalogue#published()} corrected: 10 working days instead of 12, the same number. */
    private static ProcedureVersion correctedTo10WorkingDays(Catalogue.Procedure p) {
        return Catalogue.version(p, 1, LocalDate.of(2019, 1, 1), null, 10, Channel.DIRECT, Channel.POSTAL,
                Channel.ONLINE);
    }

    @Test
    @DisplayName("the catalogue corrects the version in force (same number, 12 → 10 working days): the next dossier "
            + "posted on Thu 5/3/2020 is due Thu 19/3 at once, the one received before keeps Mon 23/3")
    void correctedVersionAppliesToTheNextDossier() {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> body = postedOnThursday5March2020(p);
        String before = Api.as(Roles.PORTAL).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("dueDate", equalTo("2020-03-23")).extract().path("code");

        Catalogue.publishRaw(p, correctedTo10WorkingDays(p));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(Roles.PORTAL)
                .body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("procedureVersion", equalTo(1)).body("dueDate", equalTo("2020-03-19")));
        Api.as(Roles.INTAKE_OFFICER).get("/api/v1/dossiers/" + before).then().statusCode(200)
                .body("dueDate", equalTo("2020-03-23"));
    }

    @Test
    @DisplayName("another instance of intake stored the catalogue's correction (12 → 10 working days) and this one's "
            + "consumer has not seen it: this instance applies it within its timelines' maximum age (5 s)")
    void correctionStoredByAnotherInstanceAppliesWithinTheMaximumAge() {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> body = postedOnThursday5March2020(p);
        Api.as(Roles.PORTAL).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("dueDate", equalTo("2020-03-23"));

        long stored = System.nanoTime();
        Catalogue.storedByAnotherInstance(p, correctedTo10WorkingDays(p));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as(Roles.PORTAL).body(body).post("/api/v1/dossiers").then().statusCode(201)
                        .body("dueDate", equalTo("2020-03-19")));
        assertThat(Duration.ofNanos(System.nanoTime() - stored)).isLessThan(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("a dossier received after working hours on the eve of Tết 2020 counts from 30/1 and is due 17/2")
    void afterHoursOnTheEveOfTet() {
        Catalogue.Procedure p = Catalogue.published();
        Api.as(Roles.INTAKE_OFFICER)
                .body(Api.receivedAt(Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3"), "2020-01-22T17:30:00+07:00"))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("code", equalTo(p.agencyCode() + "-200122-0001"))
                .body("dueDate", equalTo("2020-02-17"));
    }

    @Test
    @DisplayName("an incomplete dossier gets a code and the complete list of missing components in one answer")
    void incompleteDossier() {
        Catalogue.Procedure p = Catalogue.published();
        String code = Api.as(Roles.INTAKE_OFFICER).body(Api.dossier(p, "DIRECT", "TP2", "TP4"))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("code", matchesPattern(p.agencyCode() + "-\\d{6}-0001"))
                .body("status", equalTo("SUPPLEMENT_REQUESTED")).body("nationalStatusCode", equalTo(5))
                .body("dueDate", nullValue())
                .body("missingComponents.code", contains("TP1", "TP3"))
                .body("missingComponents.name", hasItem("Danh sách giáo viên kèm bằng cấp"))
                .extract().path("code");
        EventEnvelope e = KafkaTestClient.events(Topics.DOSSIERS, code, 1, Duration.ofSeconds(20)).get(0);
        assertThat(e.type()).isEqualTo(EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE);
        assertThat(e.data().get("missingComponents").findValuesAsText("code")).containsExactly("TP1", "TP3");
    }

    @Test
    @DisplayName("an unknown procedure is not received but still gets a code of the service centre, and an event")
    void unknownProcedure() {
        Catalogue.Procedure unknown = Catalogue.newProcedure();
        Map<String, Object> body = Api.dossier(unknown, "DIRECT", "TP1");
        body.put("agencyCode", unknown.agencyCode());
        String code = Api.as(Roles.INTAKE_OFFICER).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("status", equalTo("NOT_RECEIVED")).body("nationalStatusCode", equalTo(3))
                .body("reasonCode", equalTo("UNKNOWN_PROCEDURE"))
                .body("reason", containsString("không có trong danh mục"))
                .body("code", startsWith(unknown.agencyCode() + "-"))
                .extract().path("code");
        EventEnvelope e = KafkaTestClient.events(Topics.DOSSIERS, code, 1, Duration.ofSeconds(20)).get(0);
        assertThat(e.type()).isEqualTo(EventTypes.DOSSIER_NOT_RECEIVED);
        assertThat(e.data().get("reasonCode").asText()).isEqualTo("UNKNOWN_PROCEDURE");
    }

    @Test
    @DisplayName("a dossier brought to the wrong agency's desk, or online for a desk-only procedure, is refused with the reason")
    void refusedAtIntake() {
        Catalogue.Procedure p = Catalogue.newProcedure();
        Catalogue.publish(p, Catalogue.version(p, 1, LocalDate.of(2019, 1, 1), null, 12, Channel.DIRECT));
        Map<String, Object> wrongDesk = Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3");
        wrongDesk.put("agencyCode", "SYT" + p.agencyCode());
        submitRefused(wrongDesk, "WRONG_AGENCY", "không thuộc thẩm quyền");
        submitRefused(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"), "CHANNEL_NOT_OFFERED", "trực tuyến");
    }

    private static void submitRefused(Map<String, Object> body, String reasonCode, String reasonText) {
        Api.as(Roles.PORTAL).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("status", equalTo("NOT_RECEIVED")).body("reasonCode", equalTo(reasonCode))
                .body("reason", containsString(reasonText));
    }

    @Test
    @DisplayName("bad input is a 400 problem naming each field, writes nothing and uses no number of the day")
    void badInputWritesNothing() {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> wrongId = Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3");
        ((Map<String, Object>) wrongId.get("applicant")).put("identityNumber", "12345");
        ((Map<String, Object>) wrongId.get("applicant")).put("email", "not-an-email");
        Api.as(Roles.INTAKE_OFFICER).body(wrongId).post("/api/v1/dossiers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("applicant.identityNumber"))
                .body("errors.field", hasItem("applicant.email"))
                .body("detail", containsString("không hợp lệ"));

        Api.as(Roles.INTAKE_OFFICER).body(Api.dossier(p, "DIRECT", "TP1", "TP9", "TP3")).post("/api/v1/dossiers")
                .then().statusCode(400).body("errors.field", contains("documents[1].componentCode"));

        Api.as(Roles.PORTAL).body(Api.receivedAt(Api.dossier(p, "ONLINE", "TP1"), "2099-01-01T08:00:00+07:00"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors.field", contains("receivedAt"));

        Api.as(Roles.PORTAL).body(Api.receivedAt(Api.dossier(p, "DIRECT", "TP1"), "2020-01-02T08:00:00+07:00"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors.field", contains("receivedAt"));

        Map<String, Object> business = Api.dossier(p, "DIRECT", "TP1");
        business.put("applicant", Map.of("type", "BUSINESS", "name", "Công ty TNHH Ánh Dương",
                "identityNumber", "0101234567-001"));
        business.remove("channel");
        Api.as(Roles.PORTAL).body(business).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors.field", contains("channel"));

        Api.as(Roles.PORTAL).body("{\"procedureCode\": \"1.0\", ").post("/api/v1/dossiers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        Api.as(Roles.PORTAL).body(Map.of("procedureCode", p.code(), "channel", "FAX")).post("/api/v1/dossiers")
                .then().statusCode(400).body("errors.field", hasItem("channel"));

        // nothing was written: the next valid dossier of the day is still number 0001
        Api.as(Roles.INTAKE_OFFICER).body(Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3")).post("/api/v1/dossiers")
                .then().statusCode(201).body("code", matchesPattern(p.agencyCode() + "-\\d{6}-0001"));
    }

    @Test
    @DisplayName("a procedure withdrawn from the catalogue refuses new dossiers, while an earlier dossier's slip still prints")
    void withdrawnProcedure() {
        Catalogue.Procedure p = Catalogue.published();
        String earlier = submit(Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3"), Roles.INTAKE_OFFICER);
        Catalogue.publishRaw(p);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(Roles.INTAKE_OFFICER)
                .body(Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3")).post("/api/v1/dossiers").then().statusCode(201)
                .body("status", equalTo("NOT_RECEIVED")).body("reasonCode", equalTo("UNKNOWN_PROCEDURE")));
        Api.as(Roles.INTAKE_OFFICER).get("/api/v1/dossiers/" + earlier + "/receipt").then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    @DisplayName("the portal retries after the procedure changed (documents renamed, then withdrawn): each retry gets its first answer")
    void retryAfterTheProcedureChanged() {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> body = Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3");
        String beforeRenaming = java.util.UUID.randomUUID().toString();
        String beforeWithdrawal = java.util.UUID.randomUUID().toString();
        String first = Api.as(Roles.PORTAL).header("Idempotency-Key", beforeRenaming).body(body)
                .post("/api/v1/dossiers").then().statusCode(201).extract().asString();
        String second = Api.as(Roles.PORTAL).header("Idempotency-Key", beforeWithdrawal).body(body)
                .post("/api/v1/dossiers").then().statusCode(201).extract().asString();

        Catalogue.publishRaw(p, Catalogue.version(p, 2, LocalDate.of(2019, 1, 1), null, 12,
                List.of(new org.motcua.contracts.catalog.DossierComponent("TPX", "Tờ khai mới", true, 1, 0, null)),
                Channel.DIRECT, Channel.POSTAL, Channel.ONLINE));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(Roles.PORTAL)
                .body(body).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors.field", hasItem("documents[0].componentCode")));
        Api.as(Roles.PORTAL).header("Idempotency-Key", beforeRenaming).body(body).post("/api/v1/dossiers").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(first));

        Catalogue.publishRaw(p);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(Roles.PORTAL)
                .body(body).post("/api/v1/dossiers").then().statusCode(201).body("status", equalTo("NOT_RECEIVED")));
        Api.as(Roles.PORTAL).header("Idempotency-Key", beforeWithdrawal).body(body).post("/api/v1/dossiers").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(second))
                .body("status", equalTo("RECEIVED"));
    }

    @Test
    @DisplayName("an Idempotency-Key with spaces or over 200 characters is a 400 problem naming the header")
    void badIdempotencyKey() {
        Catalogue.Procedure p = Catalogue.published();
        Api.as(Roles.PORTAL).header("Idempotency-Key", "two words").body(Api.dossier(p, "ONLINE", "TP1"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        Api.as(Roles.PORTAL).header("Idempotency-Key", "k".repeat(201)).body(Api.dossier(p, "ONLINE", "TP1"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    @DisplayName("the OpenAPI document describes every endpoint in English and Vietnamese")
    void openApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/dossiers/{code}/receipt"))
                .body(containsString("/api/v1/public/dossiers/{code}"))
                .body(containsString("/api/v1/imports/dossiers"))
                .body(containsString("Tiếp nhận hồ sơ")).body(containsString("Tra cứu tình trạng hồ sơ"));
    }

    @Test
    @DisplayName("a body larger than the limit is a 413 problem")
    void oversizedBody() {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> body = Api.dossier(p, "DIRECT", "TP1");
        ((Map<String, Object>) body.get("applicant")).put("address", "x".repeat(300_000));
        Api.as(Roles.PORTAL).body(body).post("/api/v1/dossiers").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }

    @Test
    @DisplayName("only the portal and intake officers submit; reading the full record needs an officer's role")
    void roles() {
        Catalogue.Procedure p = Catalogue.published();
        given().contentType("application/json").body(Api.dossier(p, "DIRECT", "TP1")).post("/api/v1/dossiers")
                .then().statusCode(401);
        Api.as(Roles.AUDITOR).body(Api.dossier(p, "DIRECT", "TP1")).post("/api/v1/dossiers").then().statusCode(403);
        String code = submit(Api.dossier(p, "DIRECT", "TP1", "TP2", "TP3"), Roles.INTAKE_OFFICER);
        Api.as(Roles.AUDITOR).get("/api/v1/dossiers/" + code).then().statusCode(200)
                .body("applicant.identityNumber", equalTo(Api.CITIZEN_ID)).body("documents.componentCode",
                        contains("TP1", "TP2", "TP3"));
        Api.as(Roles.CATALOG_ADMIN).get("/api/v1/dossiers/" + code).then().statusCode(403);
        Api.as(Roles.AUDITOR).get("/api/v1/dossiers/NOPE-200101-0001").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
