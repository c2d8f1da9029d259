package org.motcua.commons.outbox;

import org.motcua.commons.tx.AfterCommit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.Json;
import org.motcua.contracts.VietnamTime;
import org.motcua.commons.tracing.TraceHeaders;

/**
 * Writes events into the outbox table inside the caller's transaction: the state change and its
 * event commit together or not at all. The relay publishes them after commit.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;
    /** The contract's own JSON settings, not the REST layer's: unknown fields in events are ignored. */
    private static final ObjectMapper MAPPER = Json.newMapper();
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    OutboxRelay relay;
    @ConfigProperty(name = "motcua.events.source")
    String source;

    /**
     * Appends a CloudEvent with {@code data} as payload; {@code subject} is also the Kafka key.
     * The current span's W3C trace context is stored with it (the relay sends it as Kafka headers).
     * Must run inside a transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String topic, String type, String subject, Object data) {
        return append(topic, type, subject, data, VietnamTime.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String topic, String type, String subject, Object data, OffsetDateTime recordedAt) {
        EventEnvelope event = EventEnvelope.forWriting(source, type, subject, recordedAt, data);
        String payload;
        try {
            payload = MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be serialised: " + type, e);
        }
        TraceHeaders trace = TraceHeaders.current();
        entityManager.createNativeQuery("""
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, created_at, traceparent,
                                          tracestate)
                VALUES (:eventId, :topic, :key, :type, :payload, now(), :traceparent, :tracestate)""")
                .setParameter("eventId", UUID.fromString(event.id()))
                .setParameter("topic", topic)
                .setParameter("key", subject)
                .setParameter("type", type)
                .setParameter("payload", payload)
                .setParameter("traceparent", trace.traceparent())
                .setParameter("tracestate", trace.tracestate())
                .executeUpdate();
        AfterCommit.run(transactions, relay::wake);
        return event;
    }
}
