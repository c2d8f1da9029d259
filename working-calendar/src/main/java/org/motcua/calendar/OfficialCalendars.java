package org.motcua.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.motcua.contracts.Json;
import org.motcua.contracts.catalog.CalendarYear;

/**
 * The official working-day calendars of Vietnamese state agencies shipped with this library (the seed): one
 * {@link CalendarYear} per year, with the days off and make-up working days announced by the government.
 * Years not yet announced are marked {@code provisional}.
 */
public final class OfficialCalendars {

    /** Classpath location of the seed: a JSON array of {@link CalendarYear}. */
    public static final String RESOURCE = "/org/motcua/calendar/vietnam-official-calendars.json";

    private OfficialCalendars() {
    }

    /**
     * The seeded calendar years, in the order of the seed.
     *
     * @return the years, unmodifiable
     * @throws IllegalStateException if the seed is missing
     * @throws UncheckedIOException  if the seed cannot be read or parsed
     */
    public static List<CalendarYear> load() {
        try (InputStream seed = OfficialCalendars.class.getResourceAsStream(RESOURCE)) {
            if (seed == null) {
                throw new IllegalStateException("Missing calendar seed " + RESOURCE);
            }
            return List.copyOf(Json.newMapper().readValue(seed, new TypeReference<List<CalendarYear>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar seed " + RESOURCE, e);
        }
    }

    /**
     * The working calendar of Vietnamese state agencies for the seeded years.
     *
     * @return {@code WorkingCalendar.of(load())}
     */
    public static WorkingCalendar vietnam() {
        return WorkingCalendar.of(load());
    }
}
