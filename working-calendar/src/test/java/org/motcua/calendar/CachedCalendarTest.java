package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;

class CachedCalendarTest {

    private static final LocalDate NATIONAL_DAY_2020 = LocalDate.of(2020, 9, 2);

    private final List<CalendarYear> stored = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private int loads;
    private final CachedCalendar cache = new CachedCalendar(() -> {
        loads++;
        return List.copyOf(stored);
    }, Duration.ofSeconds(30), clock::get);

    private static CalendarYear year2020(List<DatedReason> daysOff) {
        return new CalendarYear(2020, "Asia/Ho_Chi_Minh", List.of(), daysOff, List.of(), false, "test");
    }

    @Test
    @DisplayName("the calendar is built once and served from memory while it is young")
    void servesFromMemory() {
        WorkingCalendar first = cache.get();
        clock.addAndGet(Duration.ofSeconds(29).toNanos());
        assertSame(first, cache.get());
        assertTrue(loads == 1);
    }

    @Test
    @DisplayName("a year stored by another instance is seen once the calendar is older than its maximum age")
    void rebuildsWhenOld() {
        assertTrue(cache.get().isWorkingDay(NATIONAL_DAY_2020));
        stored.add(year2020(List.of(new DatedReason(NATIONAL_DAY_2020, "Quốc khánh"))));
        clock.addAndGet(Duration.ofSeconds(31).toNanos());
        assertFalse(cache.get().isWorkingDay(NATIONAL_DAY_2020));
    }

    @Test
    @DisplayName("a year stored by this instance is seen at once after invalidation")
    void rebuildsAfterInvalidation() {
        assertTrue(cache.get().isWorkingDay(NATIONAL_DAY_2020));
        stored.add(year2020(List.of(new DatedReason(NATIONAL_DAY_2020, "Quốc khánh"))));
        cache.invalidate();
        assertFalse(cache.get().isWorkingDay(NATIONAL_DAY_2020));
    }
}
