package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;
import org.motcua.contracts.catalog.ProcessingDuration;

/**
 * The working-day calendar of state agencies (lịch làm việc), and the arithmetic of processing times on it.
 *
 * <p>Rules (Labor Code 45/2019/QH14 Art 111-112; the government's yearly announcements):
 * <ul>
 *   <li>Saturday and Sunday are off, unless the year lists the day as a make-up working day (làm bù);</li>
 *   <li>the days off listed by the year (holidays, compensatory and swapped days) are off;</li>
 *   <li>every other day is a working day, worked in the year's sessions (default 07:00-11:30 and
 *       13:30-17:00) in the year's zone (default Asia/Ho_Chi_Minh).</li>
 * </ul>
 * A date in a year that is not loaded (see {@link #covers(int)}) follows the weekly rest only: weekends off,
 * no holidays, default hours. Callers that need certainty check {@code covers} first.
 *
 * <p>Due dates follow Civil Code 2015 Art 147-148: the day of receipt is not counted, and a time limit in days
 * ends at the end of the last day. A receipt after working hours or on a day off is received on the next
 * working day. Every {@link OffsetDateTime} returned is in the calendar zone (+07:00).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkingCalendar {

    private static final long MINUTES_PER_QUARTER_HOUR = 15;

    private final ZoneId zone;
    private final Map<Integer, CalendarYear> years;
    private final Map<Integer, WorkingHours> hoursByYear;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> makeUpWorkingDays;

    private WorkingCalendar(ZoneId zone, Map<Integer, CalendarYear> years, Map<Integer, WorkingHours> hoursByYear,
                            Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {
        this.zone = zone;
        this.years = Map.copyOf(years);
        this.hoursByYear = Map.copyOf(hoursByYear);
        this.daysOff = Set.copyOf(daysOff);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    /**
     * The calendar made of the given years.
     *
     * @param calendarYears the years to load, at most one per year; an empty collection gives the weekly rest only
     * @return the calendar
     * @throws IllegalArgumentException if a year is given twice, a listed date lies outside its year, a date is
     *                                  both off and a make-up working day, the years name different zones, or
     *                                  working sessions are empty, overlapping or out of order
     * @throws java.time.DateTimeException if a year names an unknown zone
     */
    public static WorkingCalendar of(Collection<CalendarYear> calendarYears) {
        Objects.requireNonNull(calendarYears, "calendarYears");
        ZoneId zone = null;
        Map<Integer, CalendarYear> years = new HashMap<>();
        Map<Integer, WorkingHours> hoursByYear = new HashMap<>();
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> makeUpWorkingDays = new HashSet<>();
        for (CalendarYear year : calendarYears) {
            Objects.requireNonNull(year, "calendar year");
            if (years.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("Calendar year " + year.year() + " is given twice");
            }
            ZoneId yearZone = year.zone() == null || year.zone().isBlank() ? VietnamTime.ZONE : ZoneId.of(year.zone());
            if (zone != null && !zone.equals(yearZone)) {
                throw new IllegalArgumentException("Calendar years name different zones: " + zone + " and " + yearZone);
            }
            zone = yearZone;
            hoursByYear.put(year.year(), WorkingHours.of(year.workingHours()));
            daysOff.addAll(datesOf(year, year.daysOff()));
            makeUpWorkingDays.addAll(datesOf(year, year.makeUpWorkingDays()));
        }
        Set<LocalDate> both = new HashSet<>(daysOff);
        both.retainAll(makeUpWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Dates both off and make-up working days: " + both);
        }
        return new WorkingCalendar(zone == null ? VietnamTime.ZONE : zone, years, hoursByYear, daysOff, makeUpWorkingDays);
    }

    private static List<LocalDate> datesOf(CalendarYear year, List<DatedReason> days) {
        if (days == null) {
            return List.of();
        }
        return days.stream()
                .map(day -> {
                    LocalDate date = Objects.requireNonNull(day.date(), "date");
                    if (date.getYear() != year.year()) {
                        throw new IllegalArgumentException(date + " is listed in calendar year " + year.year());
                    }
                    return date;
                })
                .toList();
    }

    /** The zone of the calendar's dates and times (Asia/Ho_Chi_Minh unless the years say otherwise). */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Whether the year is loaded. Dates of a year that is not loaded have the weekly rest only: no holidays.
     *
     * @param year the year
     * @return true when the calendar holds that year's announced days
     */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /**
     * Whether state agencies work on that day: a make-up working day, or a weekday that is not a day off.
     *
     * @param day the local day
     * @return true for a working day
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        return !daysOff.contains(day) && !isWeekend(day);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    /**
     * The first working day strictly after {@code day}.
     *
     * @param day the local day
     * @return the next working day
     */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The {@code n}-th working day strictly after {@code from}; {@code from} itself when {@code n} is 0.
     *
     * @param from the day to count from, not counted
     * @param n    the number of working days, not negative
     * @return the day reached
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        requireNotNegative(n, "Working days");
        LocalDate day = from;
        for (int counted = 0; counted < n; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}; 0 when {@code to} is not after {@code from}.
     *
     * @param from the first bound, not counted
     * @param to   the last bound, counted
     * @return the number of working days in between
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The instant working hours end on that day (17:00 by default), in the calendar zone.
     *
     * @param day the local day
     * @return the close of the day's working hours
     */
    public OffsetDateTime endOfWorkingHours(LocalDate day) {
        return at(day, hoursOn(day).closing());
    }

    /**
     * The day a dossier counts as received: the local day of receipt if it is a working day and the receipt is
     * before the end of the last working session (a receipt before opening counts that day); otherwise the next
     * working day.
     *
     * @param receivedAt the receipt instant, in any offset
     * @return the effective receipt day
     */
    public LocalDate effectiveReceiptDay(OffsetDateTime receivedAt) {
        LocalDateTime local = local(receivedAt);
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(hoursOn(day).closing())) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /**
     * The due date of a dossier received at {@code receivedAt} with a processing time of {@code duration}.
     * <ul>
     *   <li>{@code WORKING_DAYS}: the day of receipt is not counted; due on the N-th working day after the
     *       effective receipt day, at the end of its working hours;</li>
     *   <li>{@code CALENDAR_DAYS}: effective receipt day plus N days, moved to the next working day when that
     *       day is off; due at the end of its working hours;</li>
     *   <li>{@code WORKING_HOURS}: N hours of working time counted from the receipt (from the next session start
     *       when received outside working hours), skipping lunch and days off; due at the resulting instant
     *       rounded up to the quarter hour.</li>
     * </ul>
     * A value of 0 is due at the end of working hours of the effective receipt day, whatever the unit.
     *
     * @param receivedAt the receipt instant, in any offset
     * @param duration   the processing time
     * @return the due date, in the calendar zone
     * @throws IllegalArgumentException if the duration value is negative
     */
    public DueDate dueDate(OffsetDateTime receivedAt, ProcessingDuration duration) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(duration.unit(), "duration unit");
        requireNotNegative(duration.value(), "Processing duration");
        LocalDate receiptDay = effectiveReceiptDay(receivedAt);
        if (duration.value() == 0) {
            return dueAtEndOf(receiptDay);
        }
        return switch (duration.unit()) {
            case WORKING_DAYS -> dueAtEndOf(addWorkingDays(receiptDay, duration.value()));
            case CALENDAR_DAYS -> dueAtEndOf(workingDayOnOrAfter(receiptDay.plusDays(duration.value())));
            case WORKING_HOURS -> {
                OffsetDateTime dueAt = roundUpToQuarterHour(addWorkingTime(receivedAt, Duration.ofHours(duration.value())));
                yield new DueDate(dueAt.toLocalDate(), dueAt);
            }
        };
    }

    /**
     * The due date moved by the working days the clock was paused (tạm dừng tính thời hạn): due on the
     * {@code n}-th working day after the current due date, at the end of its working hours.
     *
     * @param due the current due date
     * @param n   the paused working days, not negative; 0 leaves {@code due} unchanged
     * @return the new due date
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public DueDate extendByWorkingDays(DueDate due, int n) {
        Objects.requireNonNull(due, "due");
        requireNotNegative(n, "Working days");
        if (n == 0) {
            return due;
        }
        return dueAtEndOf(addWorkingDays(due.dueDate(), n));
    }

    /**
     * The working time inside working sessions between two instants; zero when {@code to} is not after
     * {@code from}.
     *
     * @param from the start instant, in any offset
     * @param to   the end instant, in any offset
     * @return the working time in between
     */
    public Duration workingTimeBetween(OffsetDateTime from, OffsetDateTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            WorkingHours hours = hoursOn(day);
            LocalTime dayFrom = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
            LocalTime dayTo = day.equals(end.toLocalDate()) ? end.toLocalTime() : hours.closing();
            if (dayFrom.isBefore(dayTo)) {
                total = total.plus(hours.between(dayFrom, dayTo));
            }
        }
        return total;
    }

    /**
     * The instant reached after {@code amount} of working time from {@code from}: time outside sessions (lunch,
     * nights, days off) does not count. An amount ending exactly at the close of a session gives that close.
     *
     * @param from   the start instant, in any offset
     * @param amount the working time to add, not negative; zero gives {@code from} itself
     * @return the instant reached, in the calendar zone
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public OffsetDateTime addWorkingTime(OffsetDateTime from, Duration amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + amount);
        }
        LocalDateTime start = local(from);
        if (amount.isZero()) {
            return at(start.toLocalDate(), start.toLocalTime());
        }
        LocalDate day = start.toLocalDate();
        LocalTime dayFrom = start.toLocalTime();
        Duration remaining = amount;
        while (true) {
            if (isWorkingDay(day)) {
                WorkingHours hours = hoursOn(day);
                Optional<LocalTime> reached = hours.advance(dayFrom, remaining);
                if (reached.isPresent()) {
                    return at(day, reached.get());
                }
                remaining = remaining.minus(hours.between(dayFrom, hours.closing()));
            }
            day = day.plusDays(1);
            dayFrom = LocalTime.MIN;
        }
    }

    private LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    private DueDate dueAtEndOf(LocalDate day) {
        return new DueDate(day, endOfWorkingHours(day));
    }

    private WorkingHours hoursOn(LocalDate day) {
        return hoursByYear.getOrDefault(day.getYear(), WorkingHours.STATE_AGENCY_DEFAULT);
    }

    private LocalDateTime local(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDateTime();
    }

    private OffsetDateTime at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toOffsetDateTime();
    }

    private static OffsetDateTime roundUpToQuarterHour(OffsetDateTime instant) {
        OffsetDateTime minute = instant.truncatedTo(ChronoUnit.MINUTES);
        long minutesPastQuarter = minute.getMinute() % MINUTES_PER_QUARTER_HOUR;
        boolean onQuarter = minutesPastQuarter == 0 && minute.equals(instant);
        if (onQuarter) {
            return instant;
        }
        return minute.plusMinutes(MINUTES_PER_QUARTER_HOUR - minutesPastQuarter);
    }

    private static void requireNotNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }
}
