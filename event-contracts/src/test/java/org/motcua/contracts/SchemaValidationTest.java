package org.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Payloads serialised as the producers serialise them validate against their schemas; broken ones do not. */
class SchemaValidationTest {

    static Stream<String> types() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("a realistic sample of every event type validates against its schema")
    void sampleValidates(String type) {
        JsonNode data = ContractCatalogue.toJson(Samples.of(type));
        Set<String> errors = ContractCatalogue.errors(EventTypes.schemaOf(type), data);
        assertTrue(errors.isEmpty(), () -> type + " sample does not validate against " + EventTypes.schemaOf(type)
                + ": " + errors + "\n" + data.toPrettyString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("the sample wrapped by EventEnvelope.of validates against the envelope schema, with +07:00 kept")
    void envelopeValidates(String type) {
        EventEnvelope event = EventEnvelope.of("/motcua/test", type, "000.00.16.H38-200305-0007",
                Samples.at(2020, 3, 5, 9, 18), ContractCatalogue.toJson(Samples.of(type)));
        JsonNode json = ContractCatalogue.toJson(event);
        Set<String> errors = ContractCatalogue.errors(ContractCatalogue.ENVELOPE_SCHEMA, json);
        assertTrue(errors.isEmpty(), () -> "envelope of " + type + ": " + errors + "\n" + json.toPrettyString());
        assertEquals("2020-03-05T09:18:00+07:00", json.get("time").asText(), "time keeps its +07:00 offset");
        assertEquals(EventTypes.schemaOf(type), json.get("dataschema").asText());
        assertTrue(ContractCatalogue.errors(json.get("dataschema").asText(), json.get("data")).isEmpty(),
                "data validates against the schema named by dataschema");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("the envelope producers write (EventEnvelope.forWriting) is, byte for byte, the JSON of the tree form")
    void producersEnvelopeIsTheTreeFormsJson(String type) throws Exception {
        Object sample = Samples.of(type);
        OffsetDateTime time = Samples.at(2020, 3, 5, 9, 18);
        EventEnvelope written = EventEnvelope.forWriting("/motcua/test", type, "000.00.16.H38-200305-0007", time, sample);
        EventEnvelope tree = new EventEnvelope(written.specversion(), written.id(), written.source(), written.type(),
                written.datacontenttype(), written.dataschema(), written.subject(), time,
                ContractCatalogue.MAPPER.valueToTree(sample));
        String json = ContractCatalogue.MAPPER.writeValueAsString(written);
        assertEquals(ContractCatalogue.MAPPER.writeValueAsString(tree), json);
        assertTrue(ContractCatalogue.errors(ContractCatalogue.ENVELOPE_SCHEMA, ContractCatalogue.MAPPER.readTree(json))
                .isEmpty(), () -> "envelope of " + type + " as written: " + json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("optional fields may be null, and unknown fields are allowed (forward compatibility)")
    void optionalNullAndUnknownFieldsAccepted(String type) {
        String schema = EventTypes.schemaOf(type);
        ObjectNode data = (ObjectNode) ContractCatalogue.toJson(Samples.of(type));
        Set<String> required = new java.util.HashSet<>();
        ContractCatalogue.tree(schema).path("required").forEach(r -> required.add(r.asText()));
        List<String> names = new ArrayList<>();
        data.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!required.contains(name)) {
                data.putNull(name);
            }
        }
        data.put("aFieldAddedInALaterMinorVersion", "giá trị mới");
        Set<String> errors = ContractCatalogue.errors(schema, data);
        assertTrue(errors.isEmpty(), () -> type + " with optional fields null: " + errors);
    }

    static Stream<Arguments> requiredFields() {
        List<Arguments> args = new ArrayList<>();
        for (String type : EventTypes.ALL) {
            ContractCatalogue.tree(EventTypes.schemaOf(type)).path("required")
                    .forEach(r -> args.add(Arguments.of(type, r.asText())));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    @DisplayName("a payload missing a required field, or with it null, is rejected")
    void missingRequiredFieldRejected(String type, String field) {
        String schema = EventTypes.schemaOf(type);
        ObjectNode missing = (ObjectNode) ContractCatalogue.toJson(Samples.of(type));
        missing.remove(field);
        assertFalse(ContractCatalogue.errors(schema, missing).isEmpty(), type + " without " + field + " must fail");
        ObjectNode nulled = (ObjectNode) ContractCatalogue.toJson(Samples.of(type));
        nulled.putNull(field);
        assertFalse(ContractCatalogue.errors(schema, nulled).isEmpty(), type + " with " + field + " null must fail");
    }

    static Stream<Arguments> brokenSamples() {
        return Stream.of(
                broken("channel FAX is no Channel", EventTypes.DOSSIER_RECEIVED, d -> d.put("channel", "FAX")),
                broken("applicantType lower case", EventTypes.DOSSIER_RECEIVED, d -> d.put("applicantType", "citizen")),
                broken("dueDate in Vietnamese notation", EventTypes.DOSSIER_RECEIVED, d -> d.put("dueDate", "23/03/2020")),
                broken("receivedAt without offset", EventTypes.DOSSIER_RECEIVED,
                        d -> d.put("receivedAt", "2020-03-05T09:15:00")),
                broken("occurredAt offset without colon", EventTypes.DOSSIER_RECEIVED,
                        d -> d.put("occurredAt", "2020-03-05T09:15:00+0700")),
                broken("recordedAt in Vietnamese notation", EventTypes.DOSSIER_RECEIVED,
                        d -> d.put("recordedAt", "05/03/2020 09:18")),
                broken("procedureVersion as text", EventTypes.DOSSIER_RECEIVED, d -> d.put("procedureVersion", "2")),
                broken("agency without code", EventTypes.DOSSIER_RECEIVED, d -> ((ObjectNode) d.get("agency")).remove("code")),
                broken("committed unit MONTHS", EventTypes.DOSSIER_RECEIVED,
                        d -> ((ObjectNode) d.get("committed")).put("unit", "MONTHS")),
                broken("toState DONE", EventTypes.CASE_TRANSITIONED, d -> d.put("toState", "DONE")),
                broken("action APPROVED (a state, not an action)", EventTypes.CASE_TRANSITIONED,
                        d -> d.put("action", "APPROVED")),
                broken("actor without subject", EventTypes.CASE_TRANSITIONED,
                        d -> ((ObjectNode) d.get("actor")).remove("subject")),
                broken("decision date 2020-02-30", EventTypes.CASE_TRANSITIONED,
                        d -> ((ObjectNode) d.get("decision")).put("date", "2020-02-30")),
                broken("nationalStatusCode 11", EventTypes.CASE_TRANSITIONED, d -> d.put("nationalStatusCode", 11)),
                broken("reason POSTPONED", EventTypes.DUE_DATE_CHANGED, d -> d.put("reason", "POSTPONED")),
                broken("state OPEN", EventTypes.CASE_OVERDUE, d -> d.put("state", "OPEN")),
                broken("no missing component listed", EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE,
                        d -> d.putArray("missingComponents")),
                broken("working hours 7h", EventTypes.CALENDAR_YEAR_CHANGED,
                        d -> ((ObjectNode) d.get("workingHours").get(0)).put("start", "7h")),
                broken("day off 2020-13-01", EventTypes.CALENDAR_YEAR_CHANGED,
                        d -> ((ObjectNode) d.get("daysOff").get(0)).put("date", "2020-13-01")),
                broken("onlineLevel LEVEL_4", EventTypes.PROCEDURE_CHANGED,
                        d -> ((ObjectNode) d.get("versions").get(0)).put("onlineLevel", "LEVEL_4")),
                broken("processing time override for channel FAX", EventTypes.PROCEDURE_CHANGED,
                        d -> ((ObjectNode) d.get("versions").get(1)).putObject("processingTimeByChannel")
                                .set("FAX", d.get("versions").get(1).get("processingTime"))),
                broken("effectiveFrom with time", EventTypes.PROCEDURE_CHANGED,
                        d -> ((ObjectNode) d.get("versions").get(0)).put("effectiveFrom", "2019-01-01T00:00:00+07:00")));
    }

    private static Arguments broken(String what, String type, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, type, breakIt);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("brokenSamples")
    @DisplayName("a broken payload (wrong enum, wrong date format, wrong type, missing nested field) is rejected")
    void brokenSampleRejected(String what, String type, Consumer<ObjectNode> breakIt) {
        ObjectNode data = (ObjectNode) ContractCatalogue.toJson(Samples.of(type));
        breakIt.accept(data);
        Set<String> errors = ContractCatalogue.errors(EventTypes.schemaOf(type), data);
        assertFalse(errors.isEmpty(), () -> type + " (" + what + ") must not validate:\n" + data.toPrettyString());
    }

    static Stream<Arguments> brokenEnvelopes() {
        return Stream.of(
                Arguments.of("specversion 0.3", (Consumer<ObjectNode>) e -> e.put("specversion", "0.3")),
                Arguments.of("no id", (Consumer<ObjectNode>) e -> e.remove("id")),
                Arguments.of("id not a UUID", (Consumer<ObjectNode>) e -> e.put("id", "event-1")),
                Arguments.of("no subject (the Kafka key)", (Consumer<ObjectNode>) e -> e.remove("subject")),
                Arguments.of("time without offset", (Consumer<ObjectNode>) e -> e.put("time", "2020-03-05T09:18:00")),
                Arguments.of("type without version", (Consumer<ObjectNode>) e -> e.put("type", "org.motcua.intake.dossier-received")),
                Arguments.of("datacontenttype XML", (Consumer<ObjectNode>) e -> e.put("datacontenttype", "application/xml")),
                Arguments.of("data as a string", (Consumer<ObjectNode>) e -> e.put("data", "{}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEnvelopes")
    @DisplayName("a broken envelope is rejected")
    void brokenEnvelopeRejected(String what, Consumer<ObjectNode> breakIt) {
        EventEnvelope event = EventEnvelope.of("/motcua/intake-service", EventTypes.DOSSIER_RECEIVED,
                Samples.DOSSIER, Samples.at(2020, 3, 5, 9, 18), ContractCatalogue.toJson(Samples.dossierReceived()));
        ObjectNode json = (ObjectNode) ContractCatalogue.toJson(event);
        breakIt.accept(json);
        assertFalse(ContractCatalogue.errors(ContractCatalogue.ENVELOPE_SCHEMA, json).isEmpty(),
                "envelope with " + what + " must not validate");
    }

    @Test
    @DisplayName("a dossier recorded late keeps its business time: occurredAt before recordedAt validates")
    void lateEntryKeepsBusinessTime() {
        ObjectNode data = (ObjectNode) ContractCatalogue.toJson(Samples.dossierReceived());
        data.put("occurredAt", "2020-12-18T16:30:00+07:00");
        data.put("recordedAt", "2020-12-22T08:05:00+07:00");
        assertTrue(ContractCatalogue.errors(EventTypes.schemaOf(EventTypes.DOSSIER_RECEIVED), data).isEmpty());
    }
}
