package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.systemtests.OtlpReceiver.ReceivedSpan;

/** OpenTelemetry: one dossier is one trace, from intake's REST call through Kafka to every consumer. */
class TraceIT {

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
    }

    @Test
    @DisplayName("one trace id spans intake (REST), processing and reporting (consumers), and the case event back to "
            + "reporting and intake, for one dossier")
    void oneTraceForOneDossier() {
        // a postmark nine days ago: a day no other system test counts
        String code = SuiteSteps.submitDossier("Ngô Thị Thu", 9).path("code").asText();
        SuiteSteps.awaitCase(code, Duration.ofSeconds(30));
        OtlpReceiver receiver = OtlpReceiver.get();

        // intake's server span, the consumers of the dossier event, and the consumers of the case event that
        // processing appended while consuming it: one trace
        String traceId;
        try {
            traceId = await("one trace from intake's REST call to every consumer").atMost(Duration.ofSeconds(45))
                    .pollInterval(Duration.ofMillis(500)).until(() -> receiver.all().stream()
                            .filter(s -> s.service().equals(Suite.INTAKE) && s.kind().equals("SPAN_KIND_SERVER")
                                    && s.name().contains("/api/v1/dossiers"))
                            .map(ReceivedSpan::traceId)
                            .filter(t -> consumed(receiver.spans(t), Suite.PROCESSING, "intake.dossiers.v1")
                                    && consumed(receiver.spans(t), Suite.REPORTING, "intake.dossiers.v1")
                                    && consumed(receiver.spans(t), Suite.REPORTING, "processing.cases.v1")
                                    && consumed(receiver.spans(t), Suite.INTAKE, "processing.cases.v1"))
                            .findFirst().orElse(null), t -> t != null);
        } catch (ConditionTimeoutException e) {
            receiver.all().forEach(span -> System.out.printf("[trace] received %s%n", span));
            throw e;
        }

        List<ReceivedSpan> trace = receiver.spans(traceId);
        Map<String, TreeSet<String>> names = new TreeMap<>();
        trace.forEach(s -> names.computeIfAbsent(s.service(), k -> new TreeSet<>()).add(s.kind() + " " + s.name()));
        System.out.printf("[trace] dossier %s: trace %s%n", code, traceId);
        names.forEach((service, spans) -> System.out.printf("[trace]   %s: %s%n", service, spans));
        assertThat(names).containsKeys(Suite.INTAKE, Suite.PROCESSING, Suite.REPORTING);
    }

    /** A consumer span of {@code service} on {@code topic} in {@code trace}. */
    private static boolean consumed(List<ReceivedSpan> trace, String service, String topic) {
        return trace.stream().anyMatch(s -> s.service().equals(service) && s.kind().equals("SPAN_KIND_CONSUMER")
                && s.name().startsWith(topic));
    }
}
