package org.motcua.reporting.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.Json;

/**
 * Drops CloudEvents attributes the contract's {@link EventEnvelope} does not know (extensions such as
 * {@code traceparent}) before the message reaches {@code IdempotentConsumer}, whose application mapper
 * refuses unknown properties and would dead-letter an otherwise valid event. A message that is not a
 * CloudEvent at all is passed on unchanged, to be dead-lettered there with its reason.
 */
final class Envelopes {
    private Envelopes() {
    }

    private static final ObjectMapper CONTRACT = Json.newMapper();

    static String withoutExtensions(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        try {
            return CONTRACT.writeValueAsString(CONTRACT.readValue(raw, EventEnvelope.class));
        } catch (Exception e) {
            return raw;
        }
    }
}
