package org.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Short Vietnamese times for the tests: {@code at("2020-03-02T09:00")} is 09:00 +07:00. */
final class Vn {
    private Vn() {
    }

    static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
