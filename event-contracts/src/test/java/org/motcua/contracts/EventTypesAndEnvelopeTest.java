package org.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java side of the contract: type names, schema resources, the envelope factory. */
class EventTypesAndEnvelopeTest {

    static Stream<String> types() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("EventTypes.schemaOf resolves to a schema resource of the module")
    void schemaResourceExists(String type) {
        String resource = EventTypes.schemaOf(type);
        assertTrue(resource.matches("schemas/[a-z-]+\\.v[0-9]+\\.json"), resource);
        assertNotNull(getClass().getClassLoader().getResource(resource), resource + " exists for " + type);
        assertTrue(type.endsWith(resource.substring("schemas/".length(), resource.length() - ".json".length())),
                "schema name follows the type: " + type + " -> " + resource);
        assertEquals("https://motcua.example/" + resource, ContractCatalogue.tree(resource).path("$id").asText(),
                "$id of " + resource);
    }

    @Test
    @DisplayName("event types are unique and versioned org.motcua.<service>.<event>.v<N>")
    void typesAreVersionedAndUnique() {
        assertEquals(EventTypes.ALL.size(), new HashSet<>(EventTypes.ALL).size(), "duplicate in EventTypes.ALL");
        Set<String> schemas = new HashSet<>();
        for (String type : EventTypes.ALL) {
            assertTrue(type.matches("org\\.motcua\\.(catalog|intake|processing)\\.[a-z-]+\\.v[0-9]+"), type);
            assertTrue(schemas.add(EventTypes.schemaOf(type)), "two types share the schema " + EventTypes.schemaOf(type));
        }
    }

    @Test
    @DisplayName("EventEnvelope.of fills specversion 1.0, a fresh UUID id, the content type and the dataschema")
    void envelopeFactory() {
        JsonNode data = ContractCatalogue.toJson(Samples.dossierReceived());
        EventEnvelope a = EventEnvelope.of("/motcua/intake-service", EventTypes.DOSSIER_RECEIVED, Samples.DOSSIER,
                Samples.at(2020, 3, 5, 9, 18), data);
        EventEnvelope b = EventEnvelope.of("/motcua/intake-service", EventTypes.DOSSIER_RECEIVED, Samples.DOSSIER,
                Samples.at(2020, 3, 5, 9, 18), data);
        assertEquals("1.0", a.specversion());
        assertEquals(EventEnvelope.SPEC_VERSION, a.specversion());
        assertDoesNotThrow(() -> UUID.fromString(a.id()), "id is a UUID");
        assertEquals(a.id(), UUID.fromString(a.id()).toString());
        assertNotEquals(a.id(), b.id(), "every event gets its own id");
        assertEquals("application/json", a.datacontenttype());
        assertEquals("schemas/dossier-received.v1.json", a.dataschema());
        assertEquals(EventTypes.schemaOf(EventTypes.DOSSIER_RECEIVED), a.dataschema());
        assertEquals(Samples.DOSSIER, a.subject());
        assertEquals("/motcua/intake-service", a.source());
        assertTrue(EventEnvelope.CONTENT_TYPE.startsWith("application/cloudevents+json"));
    }

    @Test
    @DisplayName("an envelope survives the round trip through JSON, as another agency reads it")
    void envelopeRoundTrip() throws Exception {
        EventEnvelope sent = EventEnvelope.of("/motcua/processing-service", EventTypes.CASE_TRANSITIONED,
                Samples.DOSSIER, Samples.at(2020, 3, 19, 15, 32), ContractCatalogue.toJson(Samples.caseRefused()));
        String text = ContractCatalogue.MAPPER.writeValueAsString(sent);
        assertTrue(text.contains("\"time\":\"2020-03-19T15:32:00+07:00\""), text);
        assertFalse(text.contains("\"time\":1"), "instants are ISO-8601 text, not numbers");
        EventEnvelope read = ContractCatalogue.MAPPER.readValue(text, EventEnvelope.class);
        assertEquals(sent, read);
        assertEquals(Samples.caseRefused(),
                ContractCatalogue.MAPPER.treeToValue(read.data(), org.motcua.contracts.processing.CaseTransitioned.class));
        String withUnknown = text.replaceFirst("\\{", "{\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\",");
        assertEquals(sent, ContractCatalogue.MAPPER.readValue(withUnknown, EventEnvelope.class),
                "unknown attributes (CloudEvents extensions) are ignored");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("every sample payload reads back to an equal record with Json.newMapper()")
    void payloadRoundTrip(String type) throws Exception {
        Object sample = Samples.of(type);
        String text = ContractCatalogue.MAPPER.writeValueAsString(sample);
        assertEquals(sample, ContractCatalogue.MAPPER.readValue(text, sample.getClass()), text);
        String withAddedField = text.replaceFirst("\\{", "{\"fieldOfALaterMinorVersion\":{\"a\":[1,2]},");
        assertEquals(sample, ContractCatalogue.MAPPER.readValue(withAddedField, sample.getClass()),
                "a consumer reading with Json.newMapper() ignores a field added later in v1 (an ObjectMapper with "
                        + "FAIL_ON_UNKNOWN_PROPERTIES would dead-letter every event after an additive change)");
    }
}
