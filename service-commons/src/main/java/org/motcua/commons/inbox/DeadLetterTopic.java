package org.motcua.commons.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.motcua.commons.tx.CappedBackoff;
import org.motcua.commons.outbox.OutboxProducerFactory;

/**
 * Writes a record a batch consumer gave up on to its channel's dead-letter topic
 * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}), with the headers the connector's own
 * {@code dead-letter-queue} strategy writes ({@code dead-letter-reason}, {@code -cause}, {@code -topic},
 * {@code -partition}, {@code -offset}, {@code -exception-class-name}) and the record's own headers, key and
 * value. A batch cannot be nacked one record at a time (the connector would dead-letter all of it), so
 * batch consumers write their dead letters here. The write waits for the broker, retried with a capped
 * back-off while the partition is held: a poison record is never acknowledged before it is safe.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    @Inject
    OutboxProducerFactory producers;
    @Inject
    DeadLetters deadLetters;
    @Inject
    Config config;

    private volatile KafkaProducer<String, String> producer;

    /** Sends {@code record} of {@code channel} to the dead-letter topic because of {@code reason}. */
    public void send(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        String topic = config.getValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class);
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        Headers h = dead.headers();
        put(h, "dead-letter-reason", reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage());
        put(h, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            put(h, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
            put(h, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
        }
        put(h, "dead-letter-topic", record.topic());
        put(h, "dead-letter-partition", String.valueOf(record.partition()));
        put(h, "dead-letter-offset", String.valueOf(record.offset()));
        CappedBackoff backoff = new CappedBackoff(Duration.ofSeconds(5));
        while (true) {
            try {
                producer().send(dead).get(30, TimeUnit.SECONDS);
                deadLetters.sent();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering " + record.topic() + "/"
                        + record.partition() + "@" + record.offset(), e);
            } catch (Exception e) {
                LOG.warnf("Cannot write %s/%d@%d to %s yet (%s); retrying", record.topic(), record.partition(),
                        record.offset(), topic, e.getMessage());
                backoff.pause();
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = producers.create("dead-letters");
                }
                p = producer;
            }
        }
        return p;
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
