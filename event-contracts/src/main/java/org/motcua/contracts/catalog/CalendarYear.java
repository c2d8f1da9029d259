package org.motcua.contracts.catalog;

import java.util.List;

/**
 * Value of the compacted calendars topic, keyed by year: the working-day calendar of state agencies.
 * Saturdays and Sundays are off unless listed in {@code makeUpWorkingDays}; {@code daysOff} lists the
 * weekday holidays, compensatory days and bridge days. {@code provisional}: not yet announced officially.
 */
public record CalendarYear(
        int year,
        String zone,
        List<WorkingSession> workingHours,
        List<DatedReason> daysOff,
        List<DatedReason> makeUpWorkingDays,
        boolean provisional,
        String legalBasis) {
}
