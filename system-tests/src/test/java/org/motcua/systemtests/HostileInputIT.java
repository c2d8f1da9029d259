package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.motcua.testsupport.TestTokens;

/**
 * Bad input, generated: every write endpoint of the four services gets more than 1,000 malformed or hostile
 * requests, each made by breaking a valid request for it (see {@link HostileMutations}), with a valid token of a
 * role allowed to call it; plus three bodies of 20 MB. Every answer must be a 4xx problem document (status,
 * title, detail), never a 5xx; and no table of the four databases, the outbox included, may gain or lose a row
 * during an endpoint's batch. Prints per endpoint the requests sent, the status histogram and the time.
 *
 * <p>The requests come from a seeded random source, printed at the start: {@code -Dhostile.seed=N} replays a run.
 */
class HostileInputIT {

    /** Generated requests per endpoint, sent {@link #BATCH} at a time in parallel; plus the three 20 MB bodies. */
    static final int REQUESTS = 1_008;
    static final int BATCH = 8;
    static final long SEED = Long.getLong("hostile.seed", System.nanoTime());

    /** Every write endpoint (POST, PUT, PATCH, DELETE) of the four services; RoleMatrixIT lists the same. */
    static final List<String> ENDPOINTS = List.of(
            "catalog POST /procedures",
            "catalog POST /procedures/{code}/versions/{version}/publish",
            "catalog POST /procedures/{code}/versions/{version}/retire",
            "catalog POST /catalogue/import",
            "catalog PUT /calendar/{year}",
            "intake POST /dossiers",
            "intake POST /dossiers/{code}/supplements",
            "intake POST /dossiers/{code}/withdrawal",
            "intake POST /imports/dossiers",
            "processing POST /cases/{code}/transitions",
            "reporting POST /admin/rebuild");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static Map<String, HostileTarget> targets;
    private static String dossier;
    private static JsonNode caseBefore;
    private static final List<String> summaries = new ArrayList<>();
    private static int total;
    private static long startedNanos;

    @BeforeAll
    static void validRequestsAndQuietDatabases() throws Exception {
        startedNanos = System.nanoTime();
        System.out.println("[hostile input] seed " + SEED + " (replay with -Dhostile.seed=" + SEED + ")");
        targets = HostileTargets.build();
        assertThat(targets.keySet()).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
        dossier = targets.get("processing POST /cases/{code}/transitions").pathValues().get("code");
        caseBefore = HostileTargets.caseOf(dossier);
        // the dossier's events reach processing and reporting, outbox rows get published: wait until no count moves
        @SuppressWarnings("unchecked")
        Map<String, Long>[] last = new Map[] {RowCounts.snapshot()};
        await("row counts settle").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700)).until(() -> {
            Map<String, Long> now = RowCounts.snapshot();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }

    static Stream<String> endpoints() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @DisplayName("1,000+ generated bad requests: each a 4xx problem document, none a 5xx, no row written")
    void badInput(String endpoint) {
        HostileTarget target = targets.get(endpoint);
        Random random = new Random(SEED + ENDPOINTS.indexOf(endpoint));
        Gen<HostileRequest> requests = HostileMutations.of(target);
        HostileTally tally = new HostileTally(endpoint);
        String token = TestTokens.forRole(target.role()); // signed once: 1,000 RSA signatures cost seconds
        Map<String, Long> before = RowCounts.snapshot();
        for (HostileRequest huge : HostileMutations.hugeBodies(target)) {
            judge(tally, huge, call(target, token, huge).join(), true);
        }
        for (int sent = 0; sent < REQUESTS; sent += BATCH) {
            List<HostileRequest> batch = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                HostileRequest request = requests.next(random);
                batch.add(request);
                answers.add(call(target, token, request));
            }
            for (int i = 0; i < BATCH; i++) {
                judge(tally, batch.get(i), answers.get(i).join(), false);
            }
        }
        Map<String, Long> after = RowCounts.snapshot();
        String summary = tally.summary();
        synchronized (summaries) {
            summaries.add(summary);
            total += tally.sent.get();
        }
        System.out.println(summary);
        tally.wrong().stream().limit(40).forEach(w -> System.out.println("[hostile input]   wrong: " + w));
        assertThat(tally.wrong()).as(endpoint + ": answers that are not a 4xx problem (seed " + SEED + ")").isEmpty();
        assertThat(RowCounts.changes(before, after)).as(endpoint + ": rows written (seed " + SEED + ")").isEmpty();
        assertThat(tally.sent.get()).as(endpoint + ": requests").isGreaterThanOrEqualTo(1_000);
    }

    @AfterAll
    static void summary() {
        System.out.printf("[hostile input] %d endpoints, %d requests in %.1f s (seed %d)%n", summaries.size(), total,
                (System.nanoTime() - startedNanos) / 1e9, SEED);
        if (dossier != null) {
            JsonNode after = HostileTargets.caseOf(dossier);
            assertThat(after.path("state").asText()).isEqualTo(caseBefore.path("state").asText());
            assertThat(after.path("dueDate").asText()).isEqualTo(caseBefore.path("dueDate").asText());
        }
    }

    // ---- sending and judging ----------------------------------------------------------------------------------

    private static CompletableFuture<HttpResponse<String>> call(HostileTarget target, String token,
            HostileRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(SuiteSteps.suite().url(target.service())
                + request.path())).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        return HTTP.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                .exceptionally(e -> null);
    }

    /** Records the answer; wrong unless a 4xx problem document with its status, title and detail. */
    private static void judge(HostileTally current, HostileRequest request, HttpResponse<String> response,
            boolean huge) {
        if (response == null) {
            current.record(-1, "no answer (connection closed)", request, huge);
            return;
        }
        int status = response.statusCode();
        String problem = null;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            problem = "server error: " + abbreviate(response.body());
        } else if (status < 400) {
            problem = "accepted: " + abbreviate(response.body());
        } else if (!type.toLowerCase().startsWith("application/problem+json")) {
            problem = "not a problem document (" + type + "): " + abbreviate(response.body());
        } else {
            try {
                JsonNode body = HostileJson.MAPPER.readTree(response.body());
                if (body.path("status").asInt() != status || body.path("title").asText().isBlank()
                        || body.path("detail").asText().isBlank()) {
                    problem = "problem without status/title/detail: " + abbreviate(response.body());
                }
            } catch (java.io.IOException e) {
                problem = "problem document not JSON: " + abbreviate(response.body());
            }
        }
        current.record(status, problem, request, huge);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
