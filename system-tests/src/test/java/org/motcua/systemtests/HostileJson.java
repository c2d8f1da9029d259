package org.motcua.systemtests;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Edits of a copy of a JSON tree by JSON Pointer, and raw-byte splicing for what JSON text cannot say. */
final class HostileJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Put in a string value, then replaced in the serialized bytes. */
    static final String MARK = "@@HOSTILE@@";

    private HostileJson() {
    }

    static JsonNode set(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalArgumentException("no parent for " + pointer + " in " + body);
        }
        return copy;
    }

    static JsonNode remove(JsonNode body, String pointer) {
        JsonNode copy = body.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.remove(at.last().getMatchingProperty());
            return copy;
        }
        throw new IllegalArgumentException("no object holds " + pointer + " in " + body);
    }

    static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode body) {
        return new String(bytes(body), StandardCharsets.UTF_8);
    }

    /** The body with {@link #MARK} (inside a string value or as a quoted value) replaced by raw bytes. */
    static byte[] splice(byte[] body, String mark, byte[] replacement) {
        byte[] needle = mark.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(body, needle);
        if (at < 0) {
            throw new IllegalArgumentException("mark not found");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + replacement.length);
        out.write(body, 0, at);
        out.write(replacement, 0, replacement.length);
        out.write(body, at + needle.length, body.length - at - needle.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
