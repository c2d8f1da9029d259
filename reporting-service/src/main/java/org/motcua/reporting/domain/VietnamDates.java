package org.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Business dates are Asia/Ho_Chi_Minh calendar dates, whatever offset an instant arrives with. */
public final class VietnamDates {
    private VietnamDates() {
    }

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The Vietnamese calendar date of an instant; null stays null. */
    public static LocalDate dateOf(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZONE).toLocalDate();
    }
}
