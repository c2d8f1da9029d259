package org.motcua.commons;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.KafkaTestClient;
import org.motcua.testsupport.TestTokens;

@QuarkusTest
class TracePropagationTest {

    @Inject
    EntityManager em;

    @Test
    @DisplayName("the trace of a REST call travels with its events: outbox row, Kafka traceparent header, consumer span")
    void traceFollowsTheEvent() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpan = HexFormat.of().formatHex(randomBytes(8));
        String subject = "TRACE-" + UUID.randomUUID();
        given().header("Authorization", TestTokens.bearer("intake-officer")).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-00")
                .body(Map.of("subject", subject, "text", "traced")).queryParam("events", 1)
                .post("/test/notes").then().statusCode(200);

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT traceparent FROM outbox_event WHERE event_key = :k").setParameter("k", subject).getSingleResult());
        assertThat(stored).startsWith("00-" + traceId + "-").doesNotContain(callerSpan);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.records(TestNotesResource.TOPIC,
                r -> subject.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(KafkaTestClient.header(records.get(0), "traceparent")).isEqualTo(stored);

        await().atMost(Duration.ofSeconds(20)).until(() -> consumerTraceId(subject) != null);
        assertThat(consumerTraceId(subject)).isEqualTo(traceId);
    }

    @Test
    @DisplayName("an event published without a trace context is still handled, in a trace of its own")
    void untracedEventIsHandled() {
        String subject = "UNTRACED-" + UUID.randomUUID();
        KafkaTestClient.send(TestNotesResource.TOPIC,
                KafkaTestClient.event("/test", "org.motcua.test.note.v1", subject, Map.of("n", 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> consumerTraceId(subject) != null);
        assertThat(consumerTraceId(subject)).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
    }

    private String consumerTraceId(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT trace_id FROM test_handled WHERE subject = :s")
                    .setParameter("s", subject).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
