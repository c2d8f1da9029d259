package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.motcua.contracts.VietnamTime;
import org.motcua.testsupport.TestTokens;

/**
 * The role matrix of the four running services, endpoint by endpoint: without a token 401 (protected) or not
 * 401/403 (public); each role not allowed 403; each allowed role neither 401 nor 403. Every answer below 500;
 * every 401/403 an {@code application/problem+json} problem.
 *
 * <p>Calls with an allowed role are made so that nothing is written: unknown codes, bodies that fail validation,
 * or (transitions) an {@code occurredAt} a day in the future, which the workflow refuses (422) only after its role,
 * state and field checks. The read-model rebuild is never started: only its refusals are checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleMatrixIT {

    static final String PUBLIC = "PUBLIC";
    /** Not a caller: the allowed role of this row is not called (it would have effects other tests would see). */
    static final String NOT_CALLED = "!";
    static final List<String> ROLES = List.of("portal", "intake-officer", "processing-officer", "unit-head",
            "catalog-admin", "ops", "auditor");
    /** A dossier code in the right shape that no dossier has. */
    static final String UNKNOWN_DOSSIER = "SGDDT-000000-0000";
    static final String UNKNOWN_PROCEDURE = "SGDDT-999";

    static final String CATALOG = Suite.CATALOG;
    static final String INTAKE = Suite.INTAKE;
    static final String PROCESSING = Suite.PROCESSING;
    static final String REPORTING = Suite.REPORTING;

    static final String OFFICER_HEAD = "processing-officer unit-head";

    // Path placeholders: {dossier} an unknown dossier code, {procedure} a published procedure, {unknownProcedure}
    // an unknown one, {case} the case of this test's own dossier (state RECEIVED, kept so). Body placeholder
    // {future}: an occurredAt a day ahead. Roles: PUBLIC, or the allowed roles separated by spaces
    // ("!role": allowed, but not called).
    // @formatter:off
    static final Row[] MATRIX = {
        // ---- procedure-catalog-service ------------------------------------------------------------------------
        row(CATALOG, "GET",  "/api/v1/procedures?q=ngoai+ngu&page=0&size=5",                  null, PUBLIC),
        row(CATALOG, "GET",  "/api/v1/procedures/{procedure}?at=2025-01-02",                  null, PUBLIC),
        row(CATALOG, "GET",  "/api/v1/procedures/{procedure}/versions",                       null, PUBLIC),
        row(CATALOG, "GET",  "/api/v1/procedures/{procedure}/versions/1",                     null, PUBLIC),
        row(CATALOG, "POST", "/api/v1/procedures",                                            "{}", "catalog-admin"),
        row(CATALOG, "POST", "/api/v1/procedures/{unknownProcedure}/versions/1/publish",      null, "catalog-admin"),
        row(CATALOG, "POST", "/api/v1/procedures/{unknownProcedure}/versions/1/retire",       "{}", "catalog-admin"),
        row(CATALOG, "GET",  "/api/v1/catalogue/export",                                      null, PUBLIC),
        row(CATALOG, "POST", "/api/v1/catalogue/import",                                      "{}", "catalog-admin"),
        row(CATALOG, "GET",  "/api/v1/calendar",                                              null, PUBLIC),
        row(CATALOG, "GET",  "/api/v1/calendar/2025",                                         null, PUBLIC),
        row(CATALOG, "PUT",  "/api/v1/calendar/2098",                                 "{\"year\":2099}", "catalog-admin"),
        row(CATALOG, "GET",  "/api/v1/calendar/due-date?receivedAt=2025-03-05T09:15:00%2B07:00&workingDays=5",
                                                                                              null, PUBLIC),
        row(CATALOG, "GET",  "/api/v1/calendar/working-days-between?from=2025-01-01&to=2025-01-31", null, PUBLIC),
        // ---- intake-service -----------------------------------------------------------------------------------
        row(INTAKE,  "POST", "/api/v1/dossiers",                                              "{}", "portal intake-officer"),
        row(INTAKE,  "GET",  "/api/v1/dossiers/{dossier}",                                    null,
                "intake-officer processing-officer unit-head auditor portal"),
        row(INTAKE,  "GET",  "/api/v1/dossiers/{dossier}/receipt",                            null,
                "intake-officer processing-officer unit-head auditor portal"),
        row(INTAKE,  "GET",  "/api/v1/dossiers/{dossier}/supplement-request",                 null,
                "intake-officer processing-officer unit-head auditor portal"),
        row(INTAKE,  "GET",  "/api/v1/dossiers/{dossier}/refusal",                            null,
                "intake-officer processing-officer unit-head auditor portal"),
        row(INTAKE,  "POST", "/api/v1/dossiers/{dossier}/supplements",                        "{}", "portal intake-officer"),
        row(INTAKE,  "POST", "/api/v1/dossiers/{dossier}/withdrawal",                         "{}", "portal intake-officer"),
        row(INTAKE,  "GET",  "/api/v1/public/dossiers/{dossier}",                             null, PUBLIC),
        row(INTAKE,  "POST", "/api/v1/imports/dossiers",                                      "{}", "ops"),
        // ---- processing-service -------------------------------------------------------------------------------
        row(PROCESSING, "POST", "/api/v1/cases/{dossier}/transitions",                        "{}",
                "processing-officer unit-head intake-officer ops"),
        row(PROCESSING, "GET",  "/api/v1/cases/{dossier}",                                    null, "processing-officer unit-head auditor"),
        row(PROCESSING, "GET",  "/api/v1/cases/{dossier}/history",                            null, "processing-officer unit-head auditor"),
        row(PROCESSING, "GET",  "/api/v1/cases?view=overdue&page=0&size=5",                   null, "processing-officer unit-head auditor"),
        //    per action, on a real case (an unknown case is a 404 before the workflow's role check)
        action("ASSIGN",              "unit-head"),
        action("APPROVE",             "unit-head"),
        action("REFUSE",              "unit-head"),
        action("EXTEND",              "unit-head"),
        action("STOP",                "unit-head"),
        action("REQUEST_SUPPLEMENT",  OFFICER_HEAD),
        action("REQUEST_PAYMENT",     OFFICER_HEAD),
        action("PAYMENT_RECEIVED",    OFFICER_HEAD),
        action("RESULT_READY",        OFFICER_HEAD),
        action("RETURN_RESULT",       OFFICER_HEAD),
        action("SUPPLEMENT_RECEIVED", "processing-officer intake-officer unit-head"),
        action("WITHDRAW",            "intake-officer processing-officer unit-head"),
        //    the legacy recording time (data migration): ops only, whatever the action
        row(PROCESSING, "POST", "/api/v1/cases/{case}/transitions",
                "{\"action\":\"WITHDRAW\",\"occurredAt\":\"{future}\",\"recordedAt\":\"{future}\"}", "ops"),
        // ---- reporting-service --------------------------------------------------------------------------------
        row(REPORTING, "GET",  "/api/v1/reports/form-06?from=2020-01-01&to=2020-01-31&groupBy=field", null,
                "unit-head auditor ops processing-officer"),
        row(REPORTING, "GET",  "/api/v1/indicators?from=2020-01-01&to=2020-01-31",          null,
                "unit-head auditor ops processing-officer"),
        row(REPORTING, "GET",  "/api/v1/public/dashboard?from=2020-01-01&to=2020-01-31",    null, PUBLIC),
        row(REPORTING, "GET",  "/",                                                           null, PUBLIC),
        row(REPORTING, "POST", "/api/v1/admin/rebuild",                                       null, "!ops"),
        row(REPORTING, "GET",  "/api/v1/admin/rebuild",                                       null, "ops auditor"),
        // ---- every service: health, metrics, OpenAPI ----------------------------------------------------------
        row(CATALOG,    "GET", "/q/health/live", null, PUBLIC),
        row(CATALOG,    "GET", "/q/metrics",     null, PUBLIC),
        row(CATALOG,    "GET", "/q/openapi",     null, PUBLIC),
        row(INTAKE,     "GET", "/q/health/live", null, PUBLIC),
        row(INTAKE,     "GET", "/q/metrics",     null, PUBLIC),
        row(INTAKE,     "GET", "/q/openapi",     null, PUBLIC),
        row(PROCESSING, "GET", "/q/health/live", null, PUBLIC),
        row(PROCESSING, "GET", "/q/metrics",     null, PUBLIC),
        row(PROCESSING, "GET", "/q/openapi",     null, PUBLIC),
        row(REPORTING,  "GET", "/q/health/live", null, PUBLIC),
        row(REPORTING,  "GET", "/q/metrics",     null, PUBLIC),
        row(REPORTING,  "GET", "/q/openapi",     null, PUBLIC),
    };
    // @formatter:on

    /** One endpoint (or one action of the transitions endpoint) and who may call it. */
    record Row(String service, String method, String path, String body, boolean isPublic, Set<String> allowed,
            Set<String> notCalled) {

        @Override
        public String toString() {
            String who = isPublic ? "public" : String.join(", ", allowed);
            String action = body != null && body.contains("\"action\"")
                    ? " " + body.replaceAll(".*\"action\":\"([A-Z_]+)\".*", "$1")
                            + (body.contains("recordedAt") ? " with recordedAt" : "")
                    : "";
            return method + " " + path + action + " [" + service + "] → " + who;
        }
    }

    static Row row(String service, String method, String path, String body, String roles) {
        if (PUBLIC.equals(roles)) {
            return new Row(service, method, path, body, true, Set.of(), Set.of());
        }
        Set<String> allowed = new LinkedHashSet<>();
        Set<String> notCalled = new LinkedHashSet<>();
        for (String role : roles.trim().split("\\s+")) {
            String name = role.startsWith(NOT_CALLED) ? role.substring(1) : role;
            if (!ROLES.contains(name)) {
                throw new IllegalArgumentException("unknown role " + name + " in " + method + " " + path);
            }
            allowed.add(name);
            if (role.startsWith(NOT_CALLED)) {
                notCalled.add(name);
            }
        }
        return new Row(service, method, path, body, false, allowed, notCalled);
    }

    /** An action on this test's own case, a day ahead: the workflow refuses it only after the role check. */
    static Row action(String action, String roles) {
        return row(PROCESSING, "POST", "/api/v1/cases/{case}/transitions",
                "{\"action\":\"" + action + "\",\"occurredAt\":\"{future}\"}", roles);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> ENDPOINTS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final AtomicInteger ROWS = new AtomicInteger();
    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final List<String> UNEXPECTED = new ArrayList<>();
    private static String caseCode;
    private static JsonNode caseBefore;
    private static int stepsBefore;

    @BeforeAll
    static void aCaseOfItsOwn() throws Exception {
        SuiteSteps.importReferenceCatalogue();
        // a dossier of its own, postmarked 5 days ago: other system tests count days 0-4 of their own
        caseCode = SuiteSteps.submitDossier("Trịnh Văn Quyền", 5).path("code").asText();
        caseBefore = SuiteSteps.awaitCase(caseCode, Duration.ofSeconds(60));
        stepsBefore = history(caseCode).size();
    }

    static Stream<Row> matrix() {
        return Arrays.stream(MATRIX);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    @DisplayName("each endpoint answers 401 without a token, 403 to every role not allowed, and lets the allowed roles through")
    void roleMatrix(Row row) {
        ENDPOINTS.add(row.service() + " " + row.method() + " " + row.path().replaceAll("\\?.*", "")
                .replaceAll("\\{[A-Za-z]+}", "{code}"));
        ROWS.incrementAndGet();
        List<String> unexpected = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        List<String> callers = new ArrayList<>();
        callers.add(null);
        callers.addAll(ROLES);
        for (String role : callers) {
            if (role != null && row.notCalled().contains(role)) {
                continue;
            }
            Answer answer = call(row, role);
            CHECKS.incrementAndGet();
            seen.append(' ').append(role == null ? "none" : role).append('=').append(answer.status());
            String problem = verdict(row, role, answer);
            if (problem != null) {
                unexpected.add((role == null ? "no token" : role) + ": " + problem + " — " + answer.status() + " "
                        + answer.contentType() + " " + abbreviate(answer.body()));
            }
        }
        if (Boolean.getBoolean("role.matrix.verbose")) {
            System.out.println("[role matrix] " + row + " |" + seen);
        }
        synchronized (UNEXPECTED) {
            unexpected.forEach(u -> UNEXPECTED.add(row + " | " + u));
        }
        assertThat(unexpected).as("unexpected answers of %s", row).isEmpty();
    }

    @Order(2)
    @Test
    @DisplayName("the matrix changed nothing: the test's own case is still RECEIVED with the same history")
    void nothingChanged() {
        JsonNode after = SuiteSteps.awaitCase(caseCode, Duration.ofSeconds(10));
        assertThat(after.path("state").asText()).isEqualTo(caseBefore.path("state").asText()).isEqualTo("RECEIVED");
        assertThat(after.path("dueDate").asText()).isEqualTo(caseBefore.path("dueDate").asText());
        assertThat(after.path("extended").asBoolean()).isFalse();
        assertThat(history(caseCode).size()).isEqualTo(stepsBefore);
    }

    @AfterAll
    static void summary() {
        System.out.printf("[role matrix] %d endpoints × %d callers: %d checks, %d unexpected%n", ENDPOINTS.size(),
                ROLES.size() + 1, CHECKS.get(), UNEXPECTED.size());
        System.out.printf("[role matrix] (%d rows: the transitions endpoint also per action and with recordedAt; "
                + "POST /api/v1/admin/rebuild not called as ops)%n", ROWS.get());
        UNEXPECTED.forEach(u -> System.out.println("[role matrix] unexpected: " + u));
    }

    /** Null when the answer is what the matrix expects, else why not. */
    static String verdict(Row row, String role, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "a server error";
        }
        boolean problemJson = answer.contentType() != null
                && answer.contentType().toLowerCase().startsWith("application/problem+json");
        if (row.isPublic()) {
            return status == 401 || status == 403 ? "public, yet refused" : null;
        }
        if (role == null) {
            return status == 401 && problemJson ? null : "expected a 401 problem";
        }
        if (row.allowed().contains(role)) {
            return status == 401 || status == 403 ? "allowed, yet refused" : null;
        }
        return status == 403 && problemJson ? null : "expected a 403 problem";
    }

    record Answer(int status, String contentType, String body) {
    }

    static Answer call(Row row, String role) {
        String path = row.path().replace("{dossier}", UNKNOWN_DOSSIER).replace("{procedure}", SuiteSteps.PROCEDURE)
                .replace("{unknownProcedure}", UNKNOWN_PROCEDURE).replace("{case}", caseCode);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SuiteSteps.suite().url(row.service()) + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, */*;q=0.1");
        if (role != null) {
            request.header("Authorization", "Bearer " + TestTokens.forRole(role));
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (row.body() != null) {
            String future = VietnamTime.now().plusDays(1).withNano(0).toString();
            body = HttpRequest.BodyPublishers.ofString(row.body().replace("{future}", future));
            request.header("Content-Type", "application/json");
        }
        request.method(row.method(), body);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(row + " as " + role + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode history(String code) {
        var answer = SuiteSteps.CLIENT.get(SuiteSteps.suite().url(PROCESSING) + "/api/v1/cases/" + code + "/history",
                "auditor");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode steps = answer.body().path("steps");
        assertThat(steps.isArray()).as(answer.text()).isTrue();
        return steps;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
