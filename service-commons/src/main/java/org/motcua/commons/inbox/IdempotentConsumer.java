package org.motcua.commons.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motcua.commons.tracing.ConsumerSpan;
import org.motcua.commons.tx.CappedBackoff;
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
 *
 * <p>Batches ({@link #handleBatch}, channels with {@code batch=true}): the whole poll is applied in one
 * transaction, each record under its own consumer span; if anything in it fails, the transaction is rolled back
 * and the records are applied again one by one under the rules above, the records given up on being written to
 * the dead-letter topic by {@link DeadLetterTopic}. One commit per poll instead of one per event is what lets the
 * consumers keep up with intake on the same two cores (docs/notes/benchmark.md).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Runnable NOTHING = () -> { };

    @Inject
    EntityManager entityManager;
    /** The contract's own JSON settings, not the REST layer's: unknown fields in events are ignored. */
    private static final ObjectMapper MAPPER = Json.newMapper();
    @Inject
    ProcessedEvents processedEvents;
    @Inject
    DeadLetters deadLetters;
    @Inject
    DeadLetterTopic deadLetterTopic;
    @Inject
    Tracer tracer;
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
        handle(consumer, raw, handler, NOTHING);
    }

    /** {@link #handle}, with {@code beforeCommit} run in the event's transaction after the handler. */
    public void handle(String consumer, String raw, Consumer<EventEnvelope> handler, Runnable beforeCommit) {
        EventEnvelope event;
        try {
            event = parse(raw);
        } catch (PoisonMessageException e) {
            LOG.warnf("Unreadable message rejected by %s: %s", consumer, e.getMessage());
            deadLetters.sent();
            throw e;
        }
        try {
            apply(consumer, event, handler, beforeCommit);
        } catch (RuntimeException e) {
            deadLetters.sent();
            throw e;
        }
    }

    /**
     * Applies a polled batch of {@code channel} in one transaction: each record's event once, in order, under its
     * own consumer span. When that fails, each record again on its own ({@link #handle} rules), and what is given
     * up on goes to the channel's dead-letter topic; returns once every record is applied or dead-lettered.
     */
    public void handleBatch(String consumer, String channel, ConsumerRecords<String, String> records,
            Consumer<EventEnvelope> handler) {
        handleBatch(consumer, channel, records, handler, NOTHING);
    }

    /**
     * {@link #handleBatch}, with {@code beforeCommit} run at the end of every transaction it opens (the poll's, or
     * each record's when it applies them one by one): work a handler leaves to be done once per transaction.
     */
    public void handleBatch(String consumer, String channel, ConsumerRecords<String, String> records,
            Consumer<EventEnvelope> handler, Runnable beforeCommit) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>(records.count());
        List<EventEnvelope> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(parse(record.value()));
                readable.add(record);
            } catch (PoisonMessageException e) {
                LOG.warnf("Unreadable message %s/%d@%d rejected by %s: %s", record.topic(), record.partition(),
                        record.offset(), consumer, e.getMessage());
                deadLetterTopic.send(channel, record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<String> fresh = processedEvents.firstTimes(consumer, events);
                for (int i = 0; i < readable.size(); i++) {
                    try (ConsumerSpan ignored = ConsumerSpan.start(tracer, consumer, readable.get(i))) {
                        if (fresh.remove(events.get(i).id())) {
                            handler.accept(events.get(i));
                            // written now, and forgotten: the next event's statements must not dirty-check
                            // hundreds of entities of the events before it
                            entityManager.flush();
                            entityManager.clear();
                        }
                    }
                }
                beforeCommit.run();
            });
            return;
        } catch (RuntimeException e) {
            LOG.debugf("Batch of %d events failed in %s (%s): applying them one by one", readable.size(), consumer,
                    e.getMessage());
        }
        for (int i = 0; i < readable.size(); i++) {
            try (ConsumerSpan span = ConsumerSpan.start(tracer, consumer, readable.get(i))) {
                try {
                    apply(consumer, events.get(i), handler, beforeCommit);
                } catch (RuntimeException e) {
                    span.failed(e);
                    if (Thread.currentThread().isInterrupted()) {
                        throw e; // shutting down: not given up on, the record will be polled again
                    }
                    deadLetterTopic.send(channel, readable.get(i), e);
                }
            }
        }
    }

    /**
     * Runs {@code handler} for {@code event} in a transaction of its own, once: transient failures are retried
     * for as long as they last, others {@code maxAttempts} times; throws what it gave up on.
     */
    private void apply(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler, Runnable beforeCommit) {
        CappedBackoff backoff = new CappedBackoff(maxBackoff);
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processedEvents.firstTime(consumer, event)) {
                        handler.accept(event);
                        beforeCommit.run();
                    }
                });
                return;
            } catch (RuntimeException e) {
                boolean retry = TransientFailures.isTransient(e);
                if (!retry && (e instanceof PoisonMessageException || attempt >= maxAttempts)) {
                    LOG.warnf("Event %s (%s, subject %s) rejected by %s: %s", event.id(), event.type(),
                            event.subject(), consumer, e.getMessage());
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed in %s, attempt %d, retrying: %s", event.id(), event.type(), consumer,
                        attempt, e.getMessage());
                if (!backoff.pause()) {
                    throw new IllegalStateException("Interrupted while retrying an event", e);
                }
            }
        }
    }
}
