package org.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period, both ends included, in Vietnamese calendar dates. At most {@code maxDays} long so
 * that one request cannot ask for decades of counters.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new InvalidParameter("from", "ngày bắt đầu (from) " + from + " sau ngày kết thúc (to) " + to);
        }
    }

    /** Parses {@code from} and {@code to} (YYYY-MM-DD, both required). */
    public static ReportPeriod parse(String fromText, String toText, int maxDays) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        ReportPeriod period = new ReportPeriod(from, to);
        if (period.days() > maxDays) {
            throw new InvalidParameter("to", "kỳ báo cáo dài " + period.days() + " ngày, vượt quá tối đa "
                    + maxDays + " ngày");
        }
        return period;
    }

    /** Number of days in the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The day before the period: what is in progress at its end was carried over. */
    public LocalDate dayBefore() {
        return from.minusDays(1);
    }

    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameter(name, "thiếu tham số " + name + " (định dạng YYYY-MM-DD)");
        }
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidParameter(name, "giá trị '" + text + "' không đúng định dạng ngày YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "ngày '" + text + "' không tồn tại");
        }
    }
}
