package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.net.URI;
import java.time.LocalDate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.motcua.contracts.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.intake.domain.DailySequence;
import org.motcua.intake.repository.DossierRepository;

@QuarkusTest
class ConcurrentIntakeTest {

    @Inject
    EntityManager em;
    @Inject
    DossierRepository dossiers;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = Json.newMapper();

    /** Status and body of a POST /api/v1/dossiers as the portal; a light client, to load the service, not the test. */
    private static HttpResponse<String> post(Map<String, Object> body, String idempotencyKey) throws Exception {
        return post(body, idempotencyKey, null);
    }

    private static HttpResponse<String> post(Map<String, Object> body, String idempotencyKey, String traceparent)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port
                + "/api/v1/dossiers")).header("Authorization", PORTAL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A complete online dossier of {@code p}, received at 10:00 on {@code day}. */
    private static Map<String, Object> completeOnline(Catalogue.Procedure p, String day) {
        return Api.receivedAt(Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3"), day + "T10:00:00+07:00");
    }

    private static String code(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return MAPPER.readTree(response.body()).get("code").asText();
    }

    /** The codes {@code prefix}0001 to {@code prefix}{@code last}: an agency's day numbered without a gap. */
    private static Set<String> codesUpTo(String prefix, int last) {
        return IntStream.rangeClosed(1, last).mapToObj(n -> prefix + String.format("%04d", n))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String PORTAL = org.motcua.testsupport.TestTokens.bearer(Roles.PORTAL);

    private static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("200 dossiers handed in at once at one agency's desk on one day get 0001 to 0200, each once")
    void twoHundredConcurrentSubmissions() throws Exception {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> body = completeOnline(p, "2024-09-05");
        List<Callable<String>> tasks = IntStream.range(0, 200).<Callable<String>>mapToObj(i -> () ->
                code(post(body, null))).toList();
        List<String> responses = runConcurrently(tasks);
        Set<String> codes = new TreeSet<>(responses);
        assertThat(responses).hasSize(200);
        assertThat(codes).isEqualTo(codesUpTo(p.agencyCode() + "-240905-", 200));
    }

    @Test
    @DisplayName("the same Idempotency-Key and body gives the first answer; the key with another body is a 422 problem")
    void idempotencyKey() {
        Catalogue.Procedure p = Catalogue.published();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.dossier(p, "ONLINE", "TP1", "TP2", "TP3");
        String first = Api.as(Roles.PORTAL).header("Idempotency-Key", key).body(body).post("/api/v1/dossiers")
                .then().statusCode(201).extract().asString();
        String again = Api.as(Roles.PORTAL).header("Idempotency-Key", key).body(body).post("/api/v1/dossiers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        Api.as(Roles.PORTAL).header("Idempotency-Key", key).body(Api.dossier(p, "ONLINE", "TP1"))
                .post("/api/v1/dossiers").then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        // another client may use the same key for its own request
        Api.as(Roles.INTAKE_OFFICER).header("Idempotency-Key", key).body(Api.dossier(p, "DIRECT", "TP1"))
                .post("/api/v1/dossiers").then().statusCode(201)
                .body("code", org.hamcrest.Matchers.matchesPattern(p.agencyCode() + "-\\d{6}-0002"));
    }

    @Test
    @DisplayName("a portal retry storm (100 requests sent 5 times, concurrently) creates exactly 100 dossiers")
    void retryStorm() throws Exception {
        Catalogue.Procedure p = Catalogue.published();
        List<String> keys = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID().toString()).toList();
        Map<String, Object> body = completeOnline(p, "2024-09-06");
        List<Callable<String>> tasks = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String key : keys) {
                tasks.add(() -> code(post(body, key)));
            }
        }
        java.util.Collections.shuffle(tasks);
        List<String> codes = runConcurrently(tasks);
        assertThat(codes).hasSize(500);
        assertThat(new TreeSet<>(codes)).hasSize(100).first().isEqualTo(p.agencyCode() + "-240906-0001");
        assertThat(new TreeSet<>(codes).last()).isEqualTo(p.agencyCode() + "-240906-0100");
    }

    @Test
    @DisplayName("90 dossiers for six agencies handed in at once, written over four lanes that some agencies share: each agency's day numbered 0001 to 0015")
    void sixAgenciesAtOnce() throws Exception {
        List<Catalogue.Procedure> procedures = IntStream.range(0, 6).mapToObj(i -> Catalogue.published()).toList();
        List<Callable<String>> tasks = IntStream.range(0, 90).<Callable<String>>mapToObj(i -> () ->
                code(post(completeOnline(procedures.get(i % 6), "2024-09-10"), null))).toList();
        List<String> codes = runConcurrently(tasks);
        for (Catalogue.Procedure p : procedures) {
            Set<String> agencyCodes = codes.stream().filter(c -> c.startsWith(p.agencyCode() + "-"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(agencyCodes).isEqualTo(codesUpTo(p.agencyCode() + "-240910-", 15));
        }
    }

    @Test
    @DisplayName("one transaction takes numbers of three agencies and two days at once: each sequence moves by its own count, and a rollback gives them back")
    void numbersOfSeveralAgenciesInOneTransaction() {
        LocalDate eve = LocalDate.of(2025, 1, 28); // the eve of Tết Ất Tỵ
        String a = Catalogue.newProcedure().agencyCode();
        String b = Catalogue.newProcedure().agencyCode();
        String c = Catalogue.newProcedure().agencyCode();
        SortedMap<DailySequence, Integer> first = new TreeMap<>(Map.of(new DailySequence(a, eve), 3,
                new DailySequence(b, eve), 1, new DailySequence(a, eve.minusDays(1)), 2));
        assertThat(QuarkusTransaction.requiringNew().call(() -> dossiers.advanceSequences(first)))
                .isEqualTo(Map.of(new DailySequence(a, eve), 3, new DailySequence(b, eve), 1,
                        new DailySequence(a, eve.minusDays(1)), 2));
        SortedMap<DailySequence, Integer> second = new TreeMap<>(Map.of(new DailySequence(a, eve), 64,
                new DailySequence(b, eve), 2, new DailySequence(c, eve), 1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> dossiers.advanceSequences(second)))
                .isEqualTo(Map.of(new DailySequence(a, eve), 67, new DailySequence(b, eve), 3,
                        new DailySequence(c, eve), 1));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            dossiers.advanceSequences(new TreeMap<>(Map.of(new DailySequence(b, eve), 5)));
            throw new IllegalStateException("a dossier of the batch was not written");
        })).hasMessageContaining("not written");
        assertThat(QuarkusTransaction.requiringNew().call(() -> dossiers.advanceSequences(
                new TreeMap<>(Map.of(new DailySequence(b, eve), 1))))).containsEntry(new DailySequence(b, eve), 4);
    }

    @Test
    @DisplayName("64 portal submissions to one agency at once, written in shared batches: each event carries its own request's trace")
    void batchedReceiptsKeepTheirTraces() throws Exception {
        Catalogue.Procedure p = Catalogue.published();
        Map<String, Object> body = completeOnline(p, "2024-09-09");
        List<String> traceIds = IntStream.range(0, 64).mapToObj(i -> UUID.randomUUID().toString().replace("-", ""))
                .toList();
        List<Callable<Map.Entry<String, String>>> tasks = traceIds.stream().<Callable<Map.Entry<String, String>>>map(
                id -> () -> Map.entry(code(post(body, null, "00-" + id + "-00f067aa0ba902b7-00")), id)).toList();
        Map<String, String> traceOfCode = runConcurrently(tasks).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(traceOfCode).hasSize(64);
        assertThat(new TreeSet<>(traceOfCode.keySet()).last()).isEqualTo(p.agencyCode() + "-240909-0064");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT event_key, traceparent FROM outbox_event WHERE event_key LIKE :day""")
                .setParameter("day", p.agencyCode() + "-240909-%").getResultList());
        assertThat(rows).hasSize(64).allSatisfy(row -> assertThat((String) row[1])
                .as("the event of %s", row[0]).startsWith("00-" + traceOfCode.get((String) row[0]) + "-"));
    }
}
