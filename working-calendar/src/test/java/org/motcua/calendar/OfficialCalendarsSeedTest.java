package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;
import org.motcua.contracts.catalog.WorkingSession;

@DisplayName("The seeded official calendars of Vietnamese state agencies")
class OfficialCalendarsSeedTest {

    private static final List<CalendarYear> SEED = OfficialCalendars.load();

    private static Stream<DatedReason> allDays(CalendarYear year) {
        return Stream.concat(year.daysOff().stream(), year.makeUpWorkingDays().stream());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Test
    @DisplayName("The seed holds each year from 2020 to 2027 once, and the calendar covers exactly those")
    void years2020To2027() {
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027),
                SEED.stream().map(CalendarYear::year).toList());
        WorkingCalendar calendar = OfficialCalendars.vietnam();
        assertFalse(calendar.covers(2019));
        assertTrue(calendar.covers(2020));
        assertTrue(calendar.covers(2027));
        assertFalse(calendar.covers(2028));
    }

    @Test
    @DisplayName("Every year is in Vietnam time with the 07:00-11:30 and 13:30-17:00 sessions")
    void zoneAndHours() {
        List<WorkingSession> stateHours = List.of(
                new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                new WorkingSession(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        for (CalendarYear year : SEED) {
            assertEquals(VietnamTime.ZONE.getId(), year.zone(), "zone of " + year.year());
            assertEquals(stateHours, year.workingHours(), "hours of " + year.year());
        }
    }

    @Test
    @DisplayName("Every listed day lies in its year and no day is listed twice")
    void datesInTheirYearAndUnique() {
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarYear year : SEED) {
            allDays(year).forEach(day -> {
                assertEquals(year.year(), day.date().getYear(), day + " listed in " + year.year());
                assertTrue(seen.add(day.date()), day + " listed twice");
            });
        }
    }

    @Test
    @DisplayName("Every make-up working day is a Saturday or Sunday")
    void makeUpDaysAreWeekends() {
        SEED.stream().flatMap(year -> year.makeUpWorkingDays().stream())
                .forEach(day -> assertTrue(isWeekend(day.date()), day + " is not a weekend day"));
    }

    @Test
    @DisplayName("No day off is listed on a weekend: a holiday falling on a weekend is compensated on a weekday")
    void daysOffAreWeekdays() {
        SEED.stream().flatMap(year -> year.daysOff().stream())
                .forEach(day -> assertFalse(isWeekend(day.date()), day + " is a weekend day"));
    }

    @Test
    @DisplayName("Every listed day gives its reason, and every year its legal basis")
    void reasonsAndLegalBasis() {
        for (CalendarYear year : SEED) {
            assertFalse(year.legalBasis() == null || year.legalBasis().isBlank(), "legal basis of " + year.year());
            allDays(year).forEach(day -> assertFalse(day.reason() == null || day.reason().isBlank(), day + " has no reason"));
        }
    }

    @Test
    @DisplayName("Each year has 1/1 (or its compensatory day), five weekdays of Tết and National Day off")
    void statutoryHolidaysPresent() {
        for (CalendarYear year : SEED) {
            long tet = year.daysOff().stream().filter(day -> day.reason().startsWith("Tết Nguyên đán")).count();
            assertEquals(5, tet, "Tết weekdays off in " + year.year());
            assertTrue(year.daysOff().stream().anyMatch(day -> day.reason().contains("Tết Dương lịch")),
                    "New Year in " + year.year());
            assertTrue(year.daysOff().stream().anyMatch(day -> day.reason().contains("Quốc khánh")),
                    "National Day in " + year.year());
        }
    }

    @Test
    @DisplayName("From 2021 (Labor Code 45/2019) National Day gives two days off; in 2020 it gave one")
    void nationalDayTwoDaysFrom2021() {
        for (CalendarYear year : SEED) {
            long nationalDay = year.daysOff().stream().filter(day -> day.reason().contains("Quốc khánh")).count();
            assertEquals(year.year() == 2020 ? 1 : 2, nationalDay, "National Day days off in " + year.year());
        }
    }

    @Test
    @DisplayName("Years not officially confirmed are provisional and say so in every reason; 2020-2025 are confirmed")
    void provisionalYears() {
        for (CalendarYear year : SEED) {
            assertEquals(year.year() >= 2026, year.provisional(), "provisional flag of " + year.year());
        }
        CalendarYear year2027 = SEED.get(SEED.size() - 1);
        allDays(year2027).forEach(day -> assertTrue(day.reason().contains("dự kiến"), day + " not marked provisional"));
    }
}
