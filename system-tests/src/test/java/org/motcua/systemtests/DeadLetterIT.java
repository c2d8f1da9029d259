package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Topics;
import org.motcua.testsupport.KafkaTestClient;
import org.motcua.testsupport.TestInfrastructure;

/**
 * A malformed message on every partition of each input topic goes to the dead-letter topic of every service
 * that consumes it, with the reason in its headers, and the next valid event on that topic is still consumed.
 */
class DeadLetterIT {

    private static final FaultClient CLIENT = new FaultClient();

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
    }

    @Test
    @DisplayName("a malformed message on each input topic is dead-lettered with its reason by each consumer, and consumption continues")
    void malformedMessagesAreDeadLetteredAndConsumptionContinues() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        FaultLoad load = new FaultLoad("dead-letter-" + run, List.of("SGDDT-012"));
        load.receiveOne(0); // the catalogue replica is warm

        Map<Integer, Long> procedures = poisonEveryPartition(Topics.PROCEDURES, "POISON-" + run);
        Map<Integer, Long> calendars = poisonEveryPartition(Topics.CALENDARS, "POISON-" + run);
        Map<Integer, Long> dossiers = poisonEveryPartition(Topics.DOSSIERS, "POISON-" + run);
        Map<Integer, Long> cases = poisonEveryPartition(Topics.CASES, "POISON-" + run);

        // valid events after the poison, on each topic
        String procedureCode = publishProcedureCopy("DLQ-" + run.toUpperCase());
        republishCalendar(2027);
        String dossier = load.receiveOne(1);
        SuiteSteps.awaitCase(dossier, Duration.ofSeconds(90));
        FaultClient.Answer assign = CLIENT.post(Suite.get().url(Suite.PROCESSING) + "/api/v1/cases/" + dossier
                + "/transitions", "unit-head", Map.of("action", "ASSIGN", "unit", FaultClient.UNIT, "officer",
                FaultClient.OFFICER), null);
        assertThat(assign.status()).as(assign.text()).isEqualTo(200);

        expectDeadLetter("intake", Topics.PROCEDURES, run);
        expectDeadLetter("intake", Topics.CALENDARS, run);
        expectDeadLetter("processing", Topics.CALENDARS, run);
        expectDeadLetter("processing", Topics.DOSSIERS, run);
        expectDeadLetter("reporting", Topics.DOSSIERS, run);
        expectDeadLetter("intake", Topics.CASES, run);
        expectDeadLetter("reporting", Topics.CASES, run);

        expectConsumedAfter(Topics.PROCEDURES, procedures, procedureCode, List.of(Suite.INTAKE));
        expectConsumedAfter(Topics.CALENDARS, calendars, "2027", List.of(Suite.INTAKE, Suite.PROCESSING));
        expectConsumedAfter(Topics.DOSSIERS, dossiers, dossier, List.of(Suite.PROCESSING, Suite.REPORTING));
        expectConsumedAfter(Topics.CASES, cases, dossier, List.of(Suite.INTAKE, Suite.REPORTING));
    }

    /** "{not json" with {@code key} on every partition of {@code topic}; the poison's offset per partition. */
    private static Map<Integer, Long> poisonEveryPartition(String topic, String key) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
        Map<Integer, Long> offsets = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (PartitionInfo partition : producer.partitionsFor(topic)) {
                offsets.put(partition.partition(), producer.send(new ProducerRecord<>(topic, partition.partition(), key,
                        "{not json")).get().offset());
            }
        }
        return offsets;
    }

    private static void expectDeadLetter(String service, String topic, String run) {
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.records(Topics.deadLetter(service),
                r -> ("POISON-" + run).equals(r.key()) && topic.equals(KafkaTestClient.header(r, "dead-letter-topic")),
                1, Duration.ofSeconds(60));
        assertThat(dead).as(service + " dead-letters the malformed message of " + topic).isNotEmpty();
        String reason = KafkaTestClient.header(dead.get(0), "dead-letter-reason");
        System.out.printf("[dead letter] %s on %s -> %s, reason: %s%n", topic, service, Topics.deadLetter(service), reason);
        assertThat(reason).isNotBlank();
        assertThat(dead.get(0).value()).isEqualTo("{not json");
    }

    /** The event with {@code key} after the poison of its partition is in each service's processed_event. */
    private static void expectConsumedAfter(String topic, Map<Integer, Long> poison, String key, List<String> services) {
        List<ConsumerRecord<String, String>> after = KafkaTestClient.records(topic,
                r -> key.equals(r.key()) && r.offset() > poison.get(r.partition()), 1, Duration.ofSeconds(60));
        assertThat(after).as("a valid event on " + topic + " after the poison").isNotEmpty();
        String id = KafkaTestClient.parse(after.get(0).value()).id();
        for (String service : services) {
            await(service + " consumed " + topic + " after the poison").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> processed(service, id));
        }
        System.out.printf("[dead letter] %s: event %s after the poison consumed by %s%n", topic, id, services);
    }

    private static boolean processed(String service, String eventId) throws Exception {
        try (Connection c = DriverManager.getConnection(Suite.get().jdbcUrl(service), TestInfrastructure.postgresUser(), "");
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** A new procedure, copied from SGDDT-012, created and published: an event on the procedures topic. */
    private static String publishProcedureCopy(String code) {
        String catalog = Suite.get().url(Suite.CATALOG) + "/api/v1/procedures";
        FaultClient.Answer source = CLIENT.get(catalog + "/SGDDT-012", null);
        ObjectNode draft = (ObjectNode) source.body().deepCopy();
        draft.remove(List.of("version", "status", "effectiveTo"));
        draft.put("code", code);
        FaultClient.Answer created = CLIENT.post(catalog, "catalog-admin", draft, null);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        FaultClient.Answer published = CLIENT.post(catalog + "/" + code + "/versions/"
                + created.body().path("version").asInt() + "/publish", "catalog-admin", "{}", null);
        assertThat(published.status()).as(published.text()).isBetween(200, 204);
        return code;
    }

    /** The calendar year stored again as it is: an event on the calendars topic. */
    private static void republishCalendar(int year) {
        String url = Suite.get().url(Suite.CATALOG) + "/api/v1/calendar/" + year;
        JsonNode calendar = CLIENT.get(url, null).body();
        FaultClient.Answer put = CLIENT.put(url, "catalog-admin", calendar);
        assertThat(put.status()).as(put.text()).isBetween(200, 204);
    }
}
