package org.motcua.reporting.repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.motcua.reporting.domain.VietnamDates;

/** Conversions of native query results, whatever JDBC type the driver hands back. */
final class Sql {
    private Sql() {
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant;
        if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof Timestamp t) {
            instant = t.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else {
            instant = OffsetDateTime.parse(value.toString()).toInstant();
        }
        return instant.atZone(VietnamDates.ZONE).toOffsetDateTime();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
