package org.motcua.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;

/** Test vocabulary: Vietnam local times and durations written as the regulation writes them. */
final class Vn {

    /** The official calendar of state agencies, as seeded. */
    static final WorkingCalendar CALENDAR = OfficialCalendars.vietnam();

    private Vn() {
    }

    /** A local date-time in Vietnam, e.g. {@code at("2024-03-05T10:00")}. */
    static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** The close of working hours (17:00) on that day. */
    static OffsetDateTime closeOf(String isoDate) {
        return at(isoDate + "T17:00");
    }

    static ProcessingDuration workingDays(int n) {
        return new ProcessingDuration(n, DurationUnit.WORKING_DAYS);
    }

    static ProcessingDuration calendarDays(int n) {
        return new ProcessingDuration(n, DurationUnit.CALENDAR_DAYS);
    }

    static ProcessingDuration workingHours(int n) {
        return new ProcessingDuration(n, DurationUnit.WORKING_HOURS);
    }
}
