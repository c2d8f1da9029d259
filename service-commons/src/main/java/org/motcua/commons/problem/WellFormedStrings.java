package org.motcua.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads a JSON string of a request body and refuses one that is not Unicode text: a lone surrogate escaped in
 * JSON ({@code "\\ud800"}) or decoded from an encoded surrogate (bytes ED A0 80), or the NUL character
 * ({@code "\\u0000"}). PostgreSQL would store a '?' in place of the surrogate (the applicant's name silently
 * changed) and cannot store NUL at all.
 */
final class WellFormedStrings extends StdScalarDeserializer<String> {

    WellFormedStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && (ProblemText.hasLoneSurrogate(value) || value.indexOf('\u0000') >= 0)) {
            throw new LoneSurrogateException(parser);
        }
        return value;
    }

    /** A string that is not storable Unicode text: its field is named by the problem mapper. */
    static final class LoneSurrogateException extends com.fasterxml.jackson.databind.JsonMappingException {
        LoneSurrogateException(JsonParser parser) {
            super(parser, "lone surrogate in a string");
        }
    }
}
