package org.motcua.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Hạn giải quyết: the due date of a dossier and the instant it falls due.
 *
 * @param dueDate the local day (Vietnam time) on which the dossier is due
 * @param dueAt   the instant it is due, in the calendar zone (+07:00): the end of working hours of
 *                {@code dueDate} for day-based durations, or the rounded instant for hour-based ones
 */
public record DueDate(LocalDate dueDate, OffsetDateTime dueAt) {

    /** Both parts are required. */
    public DueDate {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
