package org.motcua.commons.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.Json;

/**
 * Handles each event once per consumer: the event id is recorded in {@code processed_event} in the
 * same transaction as the handler's changes, so a redelivered event changes nothing.
 *
 * <p>Failures: a message that cannot be parsed, or a {@link PoisonMessageException} from the handler,
 * is rethrown at once (the channel's failure strategy puts it on the dead-letter topic). Transient
 * failures (database down, lock conflicts) are retried with a capped back-off, holding the partition,
 * so that no event is skipped. Other failures are tried {@code motcua.consumer.max-attempts} times,
 * then dead-lettered.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager entityManager;
    /** The contract's own JSON settings, not the REST layer's: unknown fields in events are ignored. */
    private static final ObjectMapper MAPPER = Json.newMapper();
    @Inject
    DeadLetters deadLetters;
    @ConfigProperty(name = "motcua.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;
    @ConfigProperty(name = "motcua.consumer.max-backoff", defaultValue = "5s")
    Duration maxBackoff;

    /** Parses a CloudEvent; a malformed one is poison. */
    public EventEnvelope parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new PoisonMessageException("Empty message");
        }
        EventEnvelope event;
        try {
            event = MAPPER.readValue(raw, EventEnvelope.class);
        } catch (Exception e) {
            throw new PoisonMessageException("Not a CloudEvent JSON document: " + e.getMessage(), e);
        }
        if (event.id() == null || event.type() == null || event.data() == null || event.data().isNull()) {
            throw new PoisonMessageException("CloudEvent without id, type or data");
        }
        return event;
    }

    /** Reads the event's data as {@code type}; a mismatch is poison. */
    public <T> T data(EventEnvelope event, Class<T> type) {
        try {
            return MAPPER.treeToValue(event.data(), type);
        } catch (Exception e) {
            throw new PoisonMessageException("Data of " + event.type() + " is not a " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses {@code raw} and runs {@code handler} in a new transaction unless {@code consumer} has
     * already handled that event id.
     */
    public void handle(String consumer, String raw, Consumer<EventEnvelope> handler) {
        EventEnvelope event;
        try {
            event = parse(raw);
        } catch (PoisonMessageException e) {
            LOG.warnf("Unreadable message rejected by %s: %s", consumer, e.getMessage());
            deadLetters.sent();
            throw e;
        }
        long backoff = 100;
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (firstTime(consumer, event)) {
                        handler.accept(event);
                    }
                });
                return;
            } catch (RuntimeException e) {
                boolean retry = TransientFailures.isTransient(e);
                if (!retry && (e instanceof PoisonMessageException || attempt >= maxAttempts)) {
                    LOG.warnf("Event %s (%s, subject %s) rejected by %s: %s", event.id(), event.type(),
                            event.subject(), consumer, e.getMessage());
                    deadLetters.sent();
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed in %s, attempt %d, retrying: %s", event.id(), event.type(), consumer,
                        attempt, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }

    private boolean firstTime(String consumer, EventEnvelope event) {
        return entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer_name, event_id, event_type, subject)
                VALUES (:consumer, :id, :type, :subject) ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("subject", event.subject())
                .executeUpdate() == 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
