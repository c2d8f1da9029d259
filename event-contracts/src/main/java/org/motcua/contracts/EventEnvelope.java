package org.motcua.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: what every topic of the suite carries.
 *
 * <p>{@code subject} is the dossier code (or the procedure code / calendar year on the catalogue
 * topics) and is also the Kafka record key. {@code time} is when the system recorded the event;
 * the business time of what happened is {@code data.occurredAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String datacontenttype,
        String dataschema,
        String subject,
        OffsetDateTime time,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static EventEnvelope of(String source, String type, String subject, OffsetDateTime time, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                "application/json", EventTypes.schemaOf(type), subject, time, data);
    }

    /**
     * The envelope a producer writes: {@code data} is serialised as it is when the envelope is, in the same JSON
     * as {@code of(..., mapper.valueToTree(data))} gives, without building that tree first (session 32: the tree
     * was 2 % of intake's CPU a dossier). Its {@code data} is not a tree to read: for writing only.
     */
    public static EventEnvelope forWriting(String source, String type, String subject, OffsetDateTime time,
            Object data) {
        return of(source, type, subject, time, new POJONode(data));
    }
}
