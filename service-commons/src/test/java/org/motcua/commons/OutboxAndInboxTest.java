package org.motcua.commons;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.EventEnvelope;
import org.motcua.testsupport.KafkaTestClient;
import org.motcua.testsupport.Metrics;
import org.motcua.testsupport.TestTokens;

@QuarkusTest
class OutboxAndInboxTest {

    @Inject
    EntityManager em;

    private static String newSubject() {
        return "T-" + UUID.randomUUID();
    }

    private static void createNote(String subject, int events, boolean fail, int expectedStatus) {
        given().header("Authorization", TestTokens.bearer("intake-officer")).contentType("application/json")
                .body(Map.of("subject", subject, "text", "hello"))
                .queryParam("events", events).queryParam("failAfterWrite", fail)
                .post("/test/notes").then().statusCode(expectedStatus);
    }

    @Test
    @DisplayName("events written with a state change are published in commit order, as CloudEvents keyed by subject")
    void publishesInOrder() {
        String subject = newSubject();
        createNote(subject, 5, false, 200);
        List<EventEnvelope> events = KafkaTestClient.events(TestNotesResource.TOPIC, subject, 5, Duration.ofSeconds(20));
        assertThat(events).hasSize(5);
        assertThat(events).extracting(e -> e.data().get("n").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.specversion()).isEqualTo("1.0");
            assertThat(e.source()).isEqualTo("/motcua/commons-test");
            assertThat(e.subject()).isEqualTo(subject);
            assertThat(e.time().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        });
    }

    @Test
    @DisplayName("two changes committed within the relay's linger reach the broker in one relay transaction")
    void commitsWithinTheLingerShareOneRelayTransaction() {
        // another test's notes may still be in the outbox; their relay transaction must not fall in this one's count
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEvents() == 0);
        double transactionsBefore = Metrics.value("motcua_outbox_batch_events_count", null);
        double eventsBefore = Metrics.value("motcua_outbox_batch_events_sum", null);
        String first = newSubject();
        String second = newSubject();
        createNote(first, 1, false, 200);
        createNote(second, 1, false, 200); // well within the test profile's 500-ms linger
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Metrics.value("motcua_outbox_batch_events_sum", null) >= eventsBefore + 2);
        assertThat(Metrics.value("motcua_outbox_batch_events_sum", null)).isEqualTo(eventsBefore + 2);
        assertThat(Metrics.value("motcua_outbox_batch_events_count", null)).isEqualTo(transactionsBefore + 1);
        assertThat(KafkaTestClient.events(TestNotesResource.TOPIC, first, 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(KafkaTestClient.events(TestNotesResource.TOPIC, second, 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    @DisplayName("events published through the outbox, with their CloudEvents content type, reach a consumer whole")
    void outboxEventsAreConsumed() {
        String subject = newSubject();
        createNote(subject, 3, false, 200);
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(subject) == 3);
    }

    @Test
    @DisplayName("a rolled-back change publishes nothing and writes nothing")
    void rollbackPublishesNothing() {
        String subject = newSubject();
        createNote(subject, 2, true, 409);
        String marker = newSubject();
        createNote(marker, 1, false, 200);
        // the marker was committed after the rolled-back change: once it is on the topic, the other would be too
        assertThat(KafkaTestClient.events(TestNotesResource.TOPIC, marker, 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(KafkaTestClient.events(TestNotesResource.TOPIC, subject, 1, Duration.ofSeconds(2))).isEmpty();
        assertThat(count("SELECT count(*) FROM test_note WHERE subject = '" + subject + "'")).isZero();
    }

    @Test
    @DisplayName("a redelivered event is handled once")
    void redeliveryIsHandledOnce() {
        String subject = newSubject();
        EventEnvelope event = KafkaTestClient.event("/test", "org.motcua.test.note.v1", subject, Map.of("n", 1));
        KafkaTestClient.send(TestNotesResource.TOPIC, event);
        KafkaTestClient.send(TestNotesResource.TOPIC, event);
        String marker = newSubject();
        KafkaTestClient.send(TestNotesResource.TOPIC, KafkaTestClient.event("/test", "org.motcua.test.note.v1", marker,
                Map.of("n", 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(marker) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> handled(subject) == 1);
    }

    @Test
    @DisplayName("a malformed message and a poison event in a poll go to the dead-letter topic with the reason and their place, and the rest of the poll is applied")
    void poisonGoesToDeadLetter() {
        String malformed = newSubject();
        KafkaTestClient.send(TestNotesResource.TOPIC, malformed, "{not json");
        String poison = newSubject();
        KafkaTestClient.send(TestNotesResource.TOPIC, KafkaTestClient.event("/test", "org.motcua.test.note.v1", poison,
                Map.of("poison", true)));
        String after = newSubject();
        KafkaTestClient.send(TestNotesResource.TOPIC, KafkaTestClient.event("/test", "org.motcua.test.note.v1", after,
                Map.of("n", 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(after) == 1);
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.records("commons.test.dead-letter.v1",
                r -> r.key() != null && (r.key().equals(malformed) || r.key().equals(poison)), 2,
                Duration.ofSeconds(20));
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(r -> {
            assertThat(KafkaTestClient.header(r, "dead-letter-reason")).isNotBlank();
            assertThat(KafkaTestClient.header(r, "dead-letter-topic")).isEqualTo(TestNotesResource.TOPIC);
            assertThat(KafkaTestClient.header(r, "dead-letter-offset")).matches("\\d+");
        });
        assertThat(dead).anySatisfy(r -> assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                .contains("poison requested by the test"));
        assertThat(handled(poison)).isZero();
    }

    private long pendingEvents() {
        return count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
    }

    private long handled(String subject) {
        return count("SELECT count(*) FROM test_handled WHERE subject = '" + subject + "'");
    }

    private long count(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
