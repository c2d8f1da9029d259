package org.motcua.commons;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.KafkaTestClient;
import org.motcua.testsupport.Metrics;
import org.motcua.testsupport.TestTokens;

@QuarkusTest
class OperationsMetricsTest {

    /** The relay's advisory lock (OutboxRelay): whoever holds it is the one relay that publishes. */
    private static final long RELAY_LOCK = 0x6d6f74637561L;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("a poison message counts one dead letter for the service's dead-letter topic")
    void deadLettersAreCounted() {
        String topic = "topic=\"commons.test.dead-letter.v1\"";
        double before = Metrics.value("motcua_dead_letters_total", topic);
        KafkaTestClient.send(TestNotesResource.TOPIC, KafkaTestClient.event("/test", "org.motcua.test.note.v1",
                "POISON-" + UUID.randomUUID(), Map.of("poison", true)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Metrics.value("motcua_dead_letters_total", topic) == before + 1);
    }

    @Test
    @DisplayName("while the relay cannot publish, the outbox lag shows the waiting event and its age; it drops once published")
    void outboxLagIsVisible() throws Exception {
        String subject = "LAG-" + UUID.randomUUID();
        try (Connection holder = dataSource.getConnection(); Statement st = holder.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + RELAY_LOCK + ")"); // the relay now skips every batch
            try {
                given().header("Authorization", TestTokens.bearer("intake-officer")).contentType("application/json")
                        .body(Map.of("subject", subject, "text", "lagging")).queryParam("events", 1)
                        .post("/test/notes").then().statusCode(200);
                st.executeUpdate("UPDATE outbox_event SET created_at = now() - interval '1 hour' WHERE event_key = '"
                        + subject + "'");
                await().atMost(Duration.ofSeconds(15)).until(() ->
                        Metrics.value("motcua_outbox_oldest_pending_age_seconds", null) >= 3600
                                && Metrics.value("motcua_outbox_pending", null) >= 1);
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + RELAY_LOCK + ")");
            }
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Metrics.value("motcua_outbox_oldest_pending_age_seconds", null) < 3600);
        assertThat(KafkaTestClient.events(TestNotesResource.TOPIC, subject, 1, Duration.ofSeconds(10))).hasSize(1);
    }
}
