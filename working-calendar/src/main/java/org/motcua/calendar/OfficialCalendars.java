package org.motcua.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * The years a service computes with: the seed, replaced year by year by the years the catalogue published.
     * A year the catalogue has not published (a fresh installation whose calendar topic is still empty) keeps
     * the government's announced days off instead of falling back to weekends only. Intake and processing use
     * this one rule, so that a due date computed at receipt and recomputed after a supplement agree.
     *
     * @param published the years received from the catalogue, any order; a published year wins over the seed
     * @return one year per year number, in ascending order
     */
    public static List<CalendarYear> overriddenBy(Collection<CalendarYear> published) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (CalendarYear seed : load()) {
            years.put(seed.year(), seed);
        }
        for (CalendarYear year : published) {
            years.put(year.year(), year);
        }
        return List.copyOf(years.values());
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
