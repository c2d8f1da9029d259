package org.motcua.processing.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.motcua.calendar.DueDate;

/** Trước hạn / đúng hạn / quá hạn: a step or a result against the deadline in force at that moment. */
public enum Timeliness {
    /** Before the due day. */
    EARLY,
    /** On the due day, not after the due instant. */
    ON_TIME,
    /** After the due instant. */
    LATE;

    public static Timeliness of(OffsetDateTime occurredAt, DueDate due, ZoneId zone) {
        if (occurredAt.isAfter(due.dueAt())) {
            return LATE;
        }
        return occurredAt.atZoneSameInstant(zone).toLocalDate().isBefore(due.dueDate()) ? EARLY : ON_TIME;
    }
}
