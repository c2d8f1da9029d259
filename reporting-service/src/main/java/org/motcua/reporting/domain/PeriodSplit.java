package org.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Splits a period into the whole calendar months it covers (read from the monthly counters) and the
 * days before and after them (read from the daily counters): a year costs 12 monthly cells per
 * dimension instead of 365 daily ones. An empty range has {@code from} after {@code to}.
 */
public record PeriodSplit(Range headDays, Range months, Range tailDays) {

    public record Range(LocalDate from, LocalDate to) {
        static final Range EMPTY = new Range(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1));

        public boolean isEmpty() {
            return from.isAfter(to);
        }
    }

    public static PeriodSplit of(LocalDate from, LocalDate to) {
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate afterLastWholeMonth = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))
                ? to.plusDays(1) : to.withDayOfMonth(1);
        if (!firstWholeMonth.isBefore(afterLastWholeMonth)) {
            return new PeriodSplit(new Range(from, to), Range.EMPTY, Range.EMPTY);
        }
        Range head = from.isBefore(firstWholeMonth) ? new Range(from, firstWholeMonth.minusDays(1)) : Range.EMPTY;
        // months are stored under their first day
        Range months = new Range(firstWholeMonth, afterLastWholeMonth.minusMonths(1));
        Range tail = afterLastWholeMonth.isAfter(to) ? Range.EMPTY : new Range(afterLastWholeMonth, to);
        return new PeriodSplit(head, months, tail);
    }
}
