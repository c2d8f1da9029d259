package org.motcua.intake.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Streams the lines of an import body, NDJSON (one object per line, blank lines ignored) or a JSON array
 * (each element a line), without holding the whole body: each line is handed over as a JSON tree, or as
 * the reason it could not be read.
 */
final class ImportLineReader {
    private ImportLineReader() {
    }

    /** A line: its number from 1, and either its tree or the reason it is unreadable. */
    record RawLine(int number, JsonNode node, String unreadable) {
    }

    static void read(InputStream body, boolean ndjson, ObjectMapper mapper, Consumer<RawLine> sink) throws IOException {
        if (ndjson) {
            readNdjson(body, mapper, sink);
        } else {
            readArray(body, mapper, sink);
        }
    }

    private static void readNdjson(InputStream body, ObjectMapper mapper, Consumer<RawLine> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(text);
                sink.accept(node.isObject() ? new RawLine(number, node, null)
                        : new RawLine(number, null, "dòng không phải một đối tượng JSON"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                sink.accept(new RawLine(number, null, "JSON không hợp lệ ở cột " + e.getLocation().getColumnNr()));
            }
        }
    }

    private static void readArray(InputStream body, ObjectMapper mapper, Consumer<RawLine> sink) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "nội dung phải là một mảng JSON hoặc NDJSON");
            }
            int number = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                number++;
                if (parser.currentToken() == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "mảng JSON chưa đóng");
                }
                // an element is followed by the rest of the array: not "trailing tokens" (the REST mapper refuses those)
                JsonNode node = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
                sink.accept(node != null && node.isObject() ? new RawLine(number, node, null)
                        : new RawLine(number, null, "phần tử không phải một đối tượng JSON"));
            }
        }
    }
}
