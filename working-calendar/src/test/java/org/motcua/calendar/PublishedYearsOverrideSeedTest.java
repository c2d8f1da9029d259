package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;

@DisplayName("The calendar a service computes with: the seed, overridden year by year by what the catalogue published")
class PublishedYearsOverrideSeedTest {

    private static CalendarYear seedOf(int year) {
        return OfficialCalendars.load().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a fresh installation whose calendar topic is still empty keeps Tết 2026 off, not weekends only")
    void nothingPublishedKeepsTheSeed() {
        WorkingCalendar calendar = WorkingCalendar.of(OfficialCalendars.overriddenBy(List.of()));
        // Tết Bính Ngọ: Tuesday 17 February 2026 is a day off in the government's announcement
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 17)));
        assertEquals(OfficialCalendars.load(), OfficialCalendars.overriddenBy(List.of()));
    }

    @Test
    @DisplayName("a year the catalogue published replaces the seeded year entirely, the other years stay seeded")
    void publishedYearWins() {
        CalendarYear seeded2026 = seedOf(2026);
        // the province adds a day off (24/11/2026) that the seed does not have
        List<DatedReason> daysOff = new java.util.ArrayList<>(seeded2026.daysOff());
        daysOff.add(new DatedReason(LocalDate.of(2026, 11, 24), "Ngày Văn hóa Việt Nam"));
        CalendarYear published = new CalendarYear(2026, seeded2026.zone(), seeded2026.workingHours(), daysOff,
                seeded2026.makeUpWorkingDays(), false, "Thông báo của UBND tỉnh");

        List<CalendarYear> years = OfficialCalendars.overriddenBy(List.of(published));
        WorkingCalendar calendar = WorkingCalendar.of(years);

        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 24)));
        assertTrue(OfficialCalendars.vietnam().isWorkingDay(LocalDate.of(2026, 11, 24)));
        assertEquals(published, years.stream().filter(y -> y.year() == 2026).findFirst().orElseThrow());
        assertEquals(seedOf(2025), years.stream().filter(y -> y.year() == 2025).findFirst().orElseThrow());
        assertEquals(OfficialCalendars.load().size(), years.size());
    }

    @Test
    @DisplayName("a published year outside the seed (2028) is added, in year order")
    void yearOutsideTheSeedIsAdded() {
        CalendarYear seeded2027 = seedOf(2027);
        CalendarYear published2028 = new CalendarYear(2028, seeded2027.zone(), seeded2027.workingHours(), List.of(),
                List.of(), true, "dự kiến");
        List<CalendarYear> years = OfficialCalendars.overriddenBy(List.of(published2028));
        assertEquals(2028, years.get(years.size() - 1).year());
        assertTrue(WorkingCalendar.of(years).covers(2028));
    }
}
