package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;
import static org.motcua.calendar.Vn.closeOf;
import static org.motcua.calendar.Vn.day;
import static org.motcua.calendar.Vn.workingDays;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;
import org.motcua.contracts.catalog.WorkingSession;

@DisplayName("Building a calendar from calendar years")
class CalendarConstructionTest {

    private static CalendarYear year(int year, List<WorkingSession> hours, List<DatedReason> daysOff,
                                     List<DatedReason> makeUp) {
        return new CalendarYear(year, "Asia/Ho_Chi_Minh", hours, daysOff, makeUp, false, "test");
    }

    private static DatedReason on(String isoDate, String reason) {
        return new DatedReason(LocalDate.parse(isoDate), reason);
    }

    @Test
    @DisplayName("A year that is not loaded has the weekly rest only: 1/1/2030 is a working day, Saturday is not")
    void yearNotLoaded() {
        assertFalse(CALENDAR.covers(2030));
        assertTrue(CALENDAR.isWorkingDay(day("2030-01-01")));
        assertFalse(CALENDAR.isWorkingDay(day("2030-01-05")));
        // received Fri 4/1/2030, 1 working day: the weekend is skipped, no holiday is known
        assertEquals(new DueDate(day("2030-01-07"), closeOf("2030-01-07")),
                CALENDAR.dueDate(at("2030-01-04T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("An empty calendar knows no year, works in Vietnam time and the default 07:00-17:00 hours")
    void emptyCalendar() {
        WorkingCalendar empty = WorkingCalendar.of(List.of());
        assertFalse(empty.covers(2024));
        assertEquals(VietnamTime.ZONE, empty.zone());
        assertTrue(empty.isWorkingDay(day("2024-04-30")));
        assertEquals(closeOf("2024-04-30"), empty.endOfWorkingHours(day("2024-04-30")));
    }

    @Test
    @DisplayName("A year without stated hours, zone or lists gets the defaults")
    void defaults() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(new CalendarYear(2024, null, null, null, null, false, null)));
        assertTrue(calendar.covers(2024));
        assertEquals(VietnamTime.ZONE, calendar.zone());
        assertEquals(closeOf("2024-03-05"), calendar.endOfWorkingHours(day("2024-03-05")));
    }

    @Test
    @DisplayName("A year's own working hours are used: an office closing at 16:30 makes 16:45 after hours")
    void ownWorkingHours() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(year(2024,
                List.of(new WorkingSession(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        new WorkingSession(LocalTime.of(13, 0), LocalTime.of(16, 30))),
                List.of(), List.of())));
        assertEquals(day("2024-03-06"), calendar.effectiveReceiptDay(at("2024-03-05T16:45")));
        assertEquals(at("2024-03-05T16:30"), calendar.endOfWorkingHours(day("2024-03-05")));
    }

    @Test
    @DisplayName("The same year given twice is rejected")
    void duplicateYear() {
        CalendarYear year = year(2024, List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(List.of(year, year)));
    }

    @Test
    @DisplayName("A day listed in the wrong year is rejected")
    void dateOutsideYear() {
        CalendarYear year = year(2024, List.of(), List.of(on("2025-01-01", "Tết Dương lịch")), List.of());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(List.of(year)));
    }

    @Test
    @DisplayName("A day both off and a make-up working day is rejected")
    void offAndMakeUp() {
        CalendarYear year = year(2024, List.of(), List.of(on("2024-05-04", "Nghỉ")), List.of(on("2024-05-04", "Làm bù")));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(List.of(year)));
    }

    @Test
    @DisplayName("Years in different zones are rejected")
    void differentZones() {
        CalendarYear hanoi = year(2024, List.of(), List.of(), List.of());
        CalendarYear tokyo = new CalendarYear(2025, "Asia/Tokyo", List.of(), List.of(), List.of(), false, "test");
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(List.of(hanoi, tokyo)));
    }

    @Test
    @DisplayName("Overlapping working sessions are rejected")
    void overlappingSessions() {
        CalendarYear year = year(2024, List.of(
                new WorkingSession(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                new WorkingSession(LocalTime.of(11, 0), LocalTime.of(17, 0))), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(List.of(year)));
    }
}
