package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.VietnamTime;

/**
 * PostgreSQL stopped and started again under load (a private cluster: see {@link PrivatePostgres}; the
 * {@code faults} profile runs this class in a JVM of its own with MOTCUA_TEST_PG_PORT pointing at it).
 * While it is down, requests fail quickly with a 503 problem and readiness is DOWN; once it is back the
 * suite recovers with no service restarted, and nothing is lost. A quick restart at a quiet moment (down 3 s, less
 * than the pools' background validation) is followed at once by reads on every pooled connection: none may meet a
 * connection the restart broke.
 */
class PostgresRestartFaultIT {

    private static final List<String> PROCEDURES = BrokerKillFaultIT.PROCEDURES;
    /** More than a pool's 20 connections, so that every pooled connection is borrowed at once. */
    private static final int CONCURRENT_READS = 24;
    private static PrivatePostgres postgres;

    @BeforeAll
    static void privateClusterAndCatalogue() throws Exception {
        String port = System.getenv("MOTCUA_TEST_PG_PORT");
        assumeTrue(port != null && !port.equals("5432"),
                "needs a private PostgreSQL port in MOTCUA_TEST_PG_PORT (mvn verify -pl system-tests -Pfaults)");
        postgres = PrivatePostgres.on(Integer.parseInt(port)).orElse(null);
        assumeTrue(postgres != null, "no PostgreSQL binaries (initdb, pg_ctl) on this machine");
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (postgres.running()) {
                postgres.stop();
            }
        }));
        SuiteSteps.importReferenceCatalogue();
    }

    @Test
    @DisplayName("PostgreSQL restarted under load: 503 problems while it is down, recovery without a restart, nothing lost")
    void postgresRestartedUnderLoad() throws Exception {
        int dossiers = Integer.getInteger("faults.postgres.dossiers", 3_000);
        LocalDate today = VietnamTime.now().toLocalDate();
        FaultLoad load = new FaultLoad("pg-restart-" + System.currentTimeMillis(), PROCEDURES).warmUp();
        FaultCounts before = FaultChecks.settled(PROCEDURES, today);
        Map<String, Long> pids = new LinkedHashMap<>();
        Suite.get().services.forEach((name, service) -> pids.put(name, service.pid()));
        List<FaultClient.Answer> whileDown = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> readinessWhileDown = new LinkedHashMap<>();
        FaultLoad.Outcome outcome = load.run(dossiers, 16, 5, List.of(
                new FaultLoad.Fault(1.0 / 3, "PostgreSQL stopped (fast), probed while down, started again 5 s after the probes", () -> {
                    postgres.stop();
                    FaultLoad.sleep(2_000);
                    FaultClient probe = new FaultClient();
                    for (int i = 0; i < 5; i++) {
                        whileDown.add(probe.post(Suite.get().url(Suite.INTAKE) + "/api/v1/dossiers", "intake-officer",
                                load.body(-100 - i), "pg-probe-" + i));
                        whileDown.add(readCase(probe, "KHONG-CO"));
                        whileDown.add(readFormSixToday(probe, today));
                    }
                    Suite.get().services.forEach((name, service) ->
                            readinessWhileDown.put(name, service.status("/q/health/ready")));
                    FaultLoad.sleep(5_000);
                    postgres.start();
                })));
        System.out.printf("[postgres restart] while down: readiness %s%n", readinessWhileDown);
        whileDown.forEach(a -> System.out.printf("[postgres restart] while down: %d %s in %d ms%n", a.status(),
                a.contentType(), a.millis()));
        assertThat(readinessWhileDown).as("readiness while PostgreSQL is down").allSatisfy((name, status) ->
                assertThat(status).as(name).isEqualTo(503));
        assertThat(whileDown).as("answers while PostgreSQL is down").allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.text()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.millis()).as("answered quickly").isLessThan(10_000);
        });
        Map<String, Long> after = new LinkedHashMap<>();
        Suite.get().services.forEach((name, service) -> after.put(name, service.pid()));
        assertThat(after).as("no service restarted").isEqualTo(pids);
        Suite.get().services.values().forEach(s -> assertThat(s.status("/q/health/ready")).as(s.name).isEqualTo(200));
        FaultChecks.reconcile("postgres restart", before, outcome, PROCEDURES, today);
    }

    /*
     * The pools full and idle, PostgreSQL down for 3 s: shorter than the background validation (every 10 s), so
     * most pooled connections are still the broken ones when the first requests come; only the check on borrow of a
     * connection idle for more than 1 s keeps them from a request (without it this fails: see docs/NOTES.md).
     */
    @Test
    @DisplayName("PostgreSQL restarted quickly at a quiet moment: the first requests after it meet no broken connection")
    void quickRestartWhileIdle() {
        LocalDate today = VietnamTime.now().toLocalDate();
        assertThat(concurrentReads(today)).as("reads that fill the pools").allSatisfy(answer ->
                assertThat(answer.status()).as(answer.text()).isIn(200, 404));
        FaultLoad.sleep(2_000);
        postgres.stop();
        FaultLoad.sleep(3_000);
        postgres.start();
        List<FaultClient.Answer> afterRestart = concurrentReads(today);
        afterRestart.stream().filter(a -> a.status() != 200 && a.status() != 404).forEach(a ->
                System.out.printf("[postgres quick restart] %d %s%n", a.status(), a.text()));
        assertThat(afterRestart).as("reads right after a quick restart").hasSize(3 * CONCURRENT_READS)
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isIn(200, 404));
    }

    /** Reads that each need a connection, {@link #CONCURRENT_READS} at once on each service. */
    private static List<FaultClient.Answer> concurrentReads(LocalDate today) {
        FaultClient client = new FaultClient();
        List<Callable<FaultClient.Answer>> reads = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_READS; i++) {
            String code = "KHONG-CO-" + i;
            reads.add(() -> client.get(Suite.get().url(Suite.INTAKE) + "/api/v1/dossiers/" + code, "intake-officer"));
            reads.add(() -> readCase(client, code));
            reads.add(() -> readFormSixToday(client, today));
        }
        ExecutorService threads = Executors.newFixedThreadPool(reads.size());
        try {
            List<FaultClient.Answer> answers = new ArrayList<>();
            for (Future<FaultClient.Answer> answer : threads.invokeAll(reads)) {
                answers.add(answer.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the reads after the restart", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("concurrent reads after the restart", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** A processing case that does not exist: a 404 once the case table has been read. */
    private static FaultClient.Answer readCase(FaultClient client, String code) {
        return client.get(Suite.get().url(Suite.PROCESSING) + "/api/v1/cases/" + code, "unit-head");
    }

    /** Form 06 for today alone, read from reporting's tables. */
    private static FaultClient.Answer readFormSixToday(FaultClient client, LocalDate today) {
        return client.get(Suite.get().url(Suite.REPORTING) + "/api/v1/reports/form-06?from=" + today + "&to=" + today,
                "auditor");
    }
}
