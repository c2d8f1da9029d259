package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.motcua.contracts.Topics;
import org.motcua.testsupport.KafkaTestClient;

/** What every fault test checks after its run: the three services agree with the clients, exactly. */
final class FaultChecks {

    private FaultChecks() {
    }

    /** Counts before a run, once earlier work has settled (two equal readings 3 s apart). */
    static FaultCounts settled(List<String> procedures, LocalDate day) {
        AtomicReference<FaultCounts> last = new AtomicReference<>();
        await("counts settled").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            FaultCounts now = FaultCounts.read(procedures, day);
            boolean stable = now.equals(last.getAndSet(now)) && now.intakeDossiers() == now.cases()
                    && now.cases() == now.received();
            return stable;
        });
        return last.get();
    }

    /** Waits until the counts are {@code before} plus the run's, prints the figures, and checks they stay. */
    static void reconcile(String test, FaultCounts before, FaultLoad.Outcome outcome, List<String> procedures,
            LocalDate day) {
        outcome.faultLog().forEach(line -> System.out.printf("[%s] fault: %s%n", test, line));
        System.out.printf("[%s] %d dossiers received by the clients in %.1f s (%.1f dossiers/s), %d lifecycles "
                + "returned, %d retries, whole run %.1f s%n", test, outcome.received().size(),
                outcome.submitMillis() / 1000.0, outcome.dossiersPerSecond(), outcome.returned().size(),
                outcome.retries(), outcome.totalMillis() / 1000.0);
        assertThat(outcome.failures()).as("requests the clients gave up on").isEmpty();
        FaultCounts expected = before.plus(outcome);
        long start = System.nanoTime();
        AtomicReference<FaultCounts> seen = new AtomicReference<>();
        try {
            await(test + ": counts agree").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        seen.set(FaultCounts.read(procedures, day));
                        return expected.equals(seen.get());
                    });
        } finally {
            System.out.printf("[%s] expected %s%n[%s] seen     %s%n", test, expected, test, seen.get());
        }
        System.out.printf("[%s] converged %.1f s after the clients finished: intake %d dossiers, processing %s, "
                + "form 06 received %d, resolved %d, in progress %d (deltas of this run: +%d received, +%d resolved)%n",
                test, (System.nanoTime() - start) / 1e9, expected.intakeDossiers(), expected.casesByState(),
                expected.received(), expected.resolved(), expected.inProgress(), outcome.received().size(),
                outcome.returned().size());
        int n = outcome.received().size();
        assertThat(FaultCounts.holding(outcome.received())).as("every received code, once, in each service")
                .isEqualTo("intake " + n + ", processing " + n + ", reporting " + n);
        await(test + ": counts stay").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1)).until(() -> expected.equals(FaultCounts.read(procedures, day)));
        for (String service : List.of("intake", "processing", "reporting")) {
            List<ConsumerRecord<String, String>> dead = KafkaTestClient.records(Topics.deadLetter(service), r -> true,
                    1, Duration.ofSeconds(3));
            assertThat(dead).as(Topics.deadLetter(service)).isEmpty();
        }
        System.out.printf("[%s] 0 lost, 0 counted twice, 0 dead letters%n", test);
    }
}
