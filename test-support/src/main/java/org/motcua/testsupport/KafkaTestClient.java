package org.motcua.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.Json;

/** Reads and writes the real test broker as another agency would: raw records and CloudEvents. */
public final class KafkaTestClient {
    private KafkaTestClient() {
    }

    private static final ObjectMapper MAPPER = Json.newMapper();

    /** Sends a raw value (possibly malformed, for dead-letter tests) and waits for the acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /** Sends a CloudEvent keyed by its subject. */
    public static void send(String topic, EventEnvelope event) {
        try {
            send(topic, event.subject(), MAPPER.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a CloudEvent with {@code data} serialised as the suite does. */
    public static EventEnvelope event(String source, String type, String subject, Object data) {
        return EventEnvelope.of(source, type, subject, org.motcua.contracts.VietnamTime.now(),
                MAPPER.valueToTree(data));
    }

    /**
     * Reads {@code topic} from the beginning until {@code count} records match or the timeout passes;
     * returns the matching records in order.
     */
    public static List<ConsumerRecord<String, String>> records(String topic, Predicate<ConsumerRecord<String, String>> match,
            int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /** The CloudEvents on {@code topic} whose key is {@code key}, waiting until {@code count} arrived. */
    public static List<EventEnvelope> events(String topic, String key, int count, Duration timeout) {
        List<EventEnvelope> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records(topic, r -> key.equals(r.key()), count, timeout)) {
            events.add(parse(record.value()));
        }
        return events;
    }

    public static EventEnvelope parse(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Not a CloudEvent: " + json, e);
        }
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
