package org.motcua.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The REST layer reads JSON strictly (unknown properties are refused by configuration,
 * {@code quarkus.jackson.fail-on-unknown-properties}): no content after the value ({@code {...} trailing}), no
 * property twice ({@code "name":"a","name":"b"}: which one would count?), no string that is not Unicode text.
 * Events are read with the contract's own lenient mapper, not this one.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("motcua-well-formed-strings")
                .addDeserializer(String.class, new WellFormedStrings()));
    }
}
