package org.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml documents every topic, every event type and every schema of the module, correctly. */
class AsyncApiTest {

    static final String ASYNCAPI = "docs/asyncapi.yaml";
    static final String SCHEMA_PREFIX = "../event-contracts/src/main/resources/";
    static final List<String> DEAD_LETTER_HEADERS = List.of("dead-letter-reason", "dead-letter-cause",
            "dead-letter-topic", "dead-letter-partition", "dead-letter-offset");

    static Path file;
    static JsonNode doc;

    @BeforeAll
    static void parse() throws IOException {
        file = ContractCatalogue.repositoryFile(ASYNCAPI);
        doc = new YAMLMapper().readTree(file.toFile());
    }

    @Test
    @DisplayName("AsyncAPI 3.0.0 with a local server on 127.0.0.1:9092 and a production server")
    void header() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertEquals("127.0.0.1:9092", doc.at("/servers/local/host").asText());
        assertEquals("kafka", doc.at("/servers/local/protocol").asText());
        assertFalse(doc.at("/servers/production/host").asText().isEmpty(), "production server placeholder");
        String description = doc.at("/info/description").asText();
        for (String topic : List.of("Transactional outbox", "At least once", "Order per key", "deduplicate by CloudEvent `id`",
                "Versioning policy", "occurredAt", "recordedAt", "Personal data")) {
            assertTrue(description.contains(topic), "info.description explains: " + topic);
        }
    }

    @Test
    @DisplayName("every topic of Topics.ALL is a channel with its key, partitions, cleanup policy, retention, producer, consumers")
    void everyTopicIsAChannel() {
        Map<String, JsonNode> channels = channelsByAddress();
        List<String> problems = new ArrayList<>();
        for (Topics.TopicSpec spec : Topics.ALL) {
            JsonNode channel = channels.get(spec.name());
            if (channel == null) {
                problems.add(spec.name() + ": no channel with this address");
                continue;
            }
            JsonNode kafka = channel.at("/bindings/kafka");
            if (!spec.name().equals(kafka.path("topic").asText())) {
                problems.add(spec.name() + ": bindings.kafka.topic is " + kafka.path("topic"));
            }
            if (kafka.path("partitions").asInt() != spec.partitions()) {
                problems.add(spec.name() + ": partitions " + kafka.path("partitions") + ", Topics.ALL says " + spec.partitions());
            }
            String policy = kafka.at("/topicConfiguration/cleanup.policy").toString();
            if (policy.contains("compact") != spec.compacted()) {
                problems.add(spec.name() + ": cleanup.policy " + policy + ", Topics.ALL says compacted=" + spec.compacted());
            }
            if (kafka.at("/topicConfiguration/retention.ms").asLong() != spec.retentionMs()) {
                problems.add(spec.name() + ": retention.ms " + kafka.at("/topicConfiguration/retention.ms")
                        + ", Topics.ALL says " + spec.retentionMs());
            }
            for (String field : List.of("x-key", "x-producer", "description")) {
                if (channel.path(field).asText().isBlank()) {
                    problems.add(spec.name() + ": no " + field);
                }
            }
            if (channel.path("x-consumers").size() == 0) {
                problems.add(spec.name() + ": no x-consumers");
            }
        }
        Set<String> extra = new TreeSet<>(channels.keySet());
        Topics.ALL.forEach(s -> extra.remove(s.name()));
        if (!extra.isEmpty()) {
            problems.add("channels for topics not in Topics.ALL: " + extra);
        }
        assertTrue(problems.isEmpty(), () -> ASYNCAPI + " and Topics.ALL disagree:\n  - " + String.join("\n  - ", problems));
    }

    @Test
    @DisplayName("every event type is a CloudEvents message on its topic, whose payload references its schema")
    void everyTypeIsAMessage() {
        Map<String, JsonNode> channels = channelsByAddress();
        List<String> problems = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.at("/components/messages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String type = entry.getValue().path("name").asText();
            if (!type.startsWith("org.motcua.")) {
                continue;
            }
            documented.add(type);
            if (!EventTypes.ALL.contains(type)) {
                problems.add("message " + entry.getKey() + " documents " + type + ", which is not in EventTypes.ALL");
                continue;
            }
            JsonNode message = entry.getValue();
            String contentType = message.path("contentType").asText(
                    resolve(message.at("/traits/0")).path("contentType").asText());
            if (!"application/cloudevents+json".equals(contentType)) {
                problems.add(type + ": contentType " + contentType);
            }
            JsonNode headers = resolve(message.at("/traits/0")).at("/headers/properties");
            for (String header : List.of("traceparent", "tracestate")) {
                if (message.at("/headers/properties/" + header).isMissingNode() && headers.path(header).isMissingNode()) {
                    problems.add(type + ": header " + header + " (trace context, set by the outbox relay) not documented");
                }
            }
            JsonNode overlay = message.at("/payload/schema/allOf/1/properties");
            if (!type.equals(overlay.at("/type/const").asText())) {
                problems.add(type + ": payload does not pin type");
            }
            if (!EventTypes.schemaOf(type).equals(overlay.at("/dataschema/const").asText())) {
                problems.add(type + ": payload does not pin dataschema " + EventTypes.schemaOf(type));
            }
            if (!(SCHEMA_PREFIX + EventTypes.schemaOf(type)).equals(overlay.at("/data/$ref").asText())) {
                problems.add(type + ": data must $ref '" + SCHEMA_PREFIX + EventTypes.schemaOf(type) + "'");
            }
            if (!(SCHEMA_PREFIX + ContractCatalogue.ENVELOPE_SCHEMA).equals(message.at("/payload/schema/allOf/0/$ref").asText())) {
                problems.add(type + ": payload must start with the envelope schema");
            }
            String topic = ContractCatalogue.TOPIC_OF.get(type);
            JsonNode channel = channels.get(topic);
            boolean listed = false;
            if (channel != null) {
                for (JsonNode m : channel.path("messages")) {
                    listed |= ("#/components/messages/" + entry.getKey()).equals(m.path("$ref").asText());
                }
            }
            if (!listed) {
                problems.add(type + ": not listed in the messages of channel " + topic);
            }
        }
        Set<String> missing = new TreeSet<>(EventTypes.ALL);
        missing.removeAll(documented);
        if (!missing.isEmpty()) {
            problems.add("event types without a message: " + missing);
        }
        assertTrue(problems.isEmpty(), () -> ASYNCAPI + ":\n  - " + String.join("\n  - ", problems));
    }

    @Test
    @DisplayName("every schema file is referenced, and every file reference resolves")
    void schemasReferenced() throws IOException, URISyntaxException {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        List<String> problems = new ArrayList<>();
        for (String schema : SchemaDriftTest.schemaResources()) {
            if (!refs.contains(SCHEMA_PREFIX + schema)) {
                problems.add(schema + " is not referenced ($ref: '" + SCHEMA_PREFIX + schema + "')");
            }
        }
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                if (doc.at(ref.substring(1)).isMissingNode()) {
                    problems.add("dangling $ref " + ref);
                }
            } else if (!Files.isRegularFile(file.getParent().resolve(ref).normalize())) {
                problems.add("$ref " + ref + " does not resolve from docs/");
            }
        }
        assertTrue(problems.isEmpty(), () -> ASYNCAPI + ":\n  - " + String.join("\n  - ", problems));
    }

    @Test
    @DisplayName("every dead-letter topic documents the headers SmallRye adds")
    void deadLetters() {
        Map<String, JsonNode> channels = channelsByAddress();
        for (String service : List.of("intake", "processing", "reporting")) {
            JsonNode channel = channels.get(Topics.deadLetter(service));
            assertNotNull(channel, Topics.deadLetter(service));
            for (JsonNode m : channel.path("messages")) {
                JsonNode headers = resolve(m).at("/headers/properties");
                for (String header : DEAD_LETTER_HEADERS) {
                    assertFalse(headers.path(header).isMissingNode(), Topics.deadLetter(service) + " header " + header);
                }
            }
            assertTrue(channel.path("messages").size() > 0, Topics.deadLetter(service) + " has a message");
        }
    }

    /**
     * The consumers documented per channel are the services that really consume it: every
     * {@code mp.messaging.incoming.*.topic} (or each of a channel's {@code topics}) of a service's
     * application.properties names that service in the
     * channel's {@code x-consumers}, and its dead-letter queue is its own {@code <service>.dead-letter.v1}.
     */
    @Test
    @DisplayName("x-consumers match the incoming channels configured in the services' application.properties")
    void consumersMatchServiceConfiguration() throws IOException {
        Path root = ContractCatalogue.repositoryFile(TopicsConfigTest.TOPICS_CONF).getParent().getParent().getParent();
        Map<String, JsonNode> channels = channelsByAddress();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> configured = new java.util.TreeMap<>();
        for (String service : List.of("procedure-catalog-service", "intake-service", "processing-service",
                "reporting-service")) {
            Path properties = root.resolve(service).resolve("src/main/resources/application.properties");
            if (!Files.isRegularFile(properties)) {
                continue;
            }
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newBufferedReader(properties)) {
                p.load(in);
            }
            String prefix = service.replace("-service", "").replace("procedure-", "");
            for (String key : p.stringPropertyNames()) {
                if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?")) {
                    for (String topic : p.getProperty(key).split(",")) {
                        configured.computeIfAbsent(topic.strip(), t -> new TreeSet<>()).add(service);
                    }
                    String channel = key.substring(0, key.lastIndexOf('.'));
                    String dlq = p.getProperty(channel + ".dead-letter-queue.topic");
                    if (dlq != null && !dlq.strip().equals(Topics.deadLetter(prefix))) {
                        problems.add(service + " " + channel + ": dead-letter topic " + dlq + ", expected "
                                + Topics.deadLetter(prefix));
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : configured.entrySet()) {
            JsonNode channel = channels.get(e.getKey());
            if (channel == null) {
                problems.add(e.getValue() + " consume " + e.getKey() + ", which has no channel");
                continue;
            }
            Set<String> documented = new TreeSet<>();
            channel.path("x-consumers").forEach(c -> documented.add(c.asText()));
            if (!documented.containsAll(e.getValue())) {
                problems.add(e.getKey() + ": consumed by " + e.getValue() + ", x-consumers says " + documented);
            }
        }
        for (Map.Entry<String, JsonNode> e : channels.entrySet()) {
            for (JsonNode consumer : e.getValue().path("x-consumers")) {
                String name = consumer.asText();
                if (name.endsWith("-service") && !configured.getOrDefault(e.getKey(), Set.of()).contains(name)
                        && Files.isRegularFile(root.resolve(name).resolve("src/main/resources/application.properties"))) {
                    problems.add(e.getKey() + ": x-consumers lists " + name + ", which has no incoming channel on it");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> ASYNCAPI + " and the services' configuration disagree:\n  - "
                + String.join("\n  - ", problems));
    }

    @Test
    @DisplayName("the personal-data fields of the schemas are named in the AsyncAPI description")
    void personalDataDocumented() {
        String description = doc.at("/info/description").asText();
        for (String marked : SchemaDriftTest.PERSONAL_DATA) {
            String pointer = marked.substring(marked.indexOf('#') + 1);
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (pointer.startsWith("/$defs/")) {
                String def = pointer.split("/")[2];
                field = Character.toLowerCase(def.charAt(0)) + def.substring(1) + "." + field;
            }
            assertTrue(description.contains("`" + field + "`"), "personal-data field `" + field + "` ("
                    + marked + ") is listed in info.description");
        }
    }

    @Test
    @DisplayName("message examples validate against the envelope and their data schema")
    void examplesValidate() {
        int examples = 0;
        for (JsonNode message : doc.at("/components/messages")) {
            for (JsonNode example : message.path("examples")) {
                JsonNode payload = example.path("payload");
                String type = message.path("name").asText();
                assertEquals(type, payload.path("type").asText(), "example type of " + type);
                Set<String> envelopeErrors = ContractCatalogue.errors(ContractCatalogue.ENVELOPE_SCHEMA, payload);
                assertTrue(envelopeErrors.isEmpty(), () -> type + " example envelope: " + envelopeErrors);
                Set<String> dataErrors = ContractCatalogue.errors(EventTypes.schemaOf(type), payload.path("data"));
                assertTrue(dataErrors.isEmpty(), () -> type + " example data: " + dataErrors);
                examples++;
            }
        }
        assertTrue(examples > 0, "at least one example");
    }

    private static Map<String, JsonNode> channelsByAddress() {
        Map<String, JsonNode> byAddress = new java.util.LinkedHashMap<>();
        doc.path("channels").forEach(c -> byAddress.put(c.path("address").asText(), c));
        return byAddress;
    }

    /** Follows a local {@code $ref} (possibly through a channel's message to the component). */
    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
                    into.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, into));
        }
    }
}
