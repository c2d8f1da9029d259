package org.motcua.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.motcua.contracts.Json;
import org.motcua.contracts.catalog.CalendarYear;

/** A stored calendar year's JSON, in the contract's format (the same as the official seed). */
final class CalendarCodec {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private CalendarCodec() {
    }

    static CalendarYear read(String json) {
        try {
            return MAPPER.readValue(json, CalendarYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored calendar year is unreadable", e);
        }
    }

    static String write(CalendarYear year) {
        try {
            return MAPPER.writeValueAsString(year);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Calendar year cannot be serialised", e);
        }
    }
}
