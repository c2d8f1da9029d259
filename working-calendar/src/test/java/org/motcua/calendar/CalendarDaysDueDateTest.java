package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;
import static org.motcua.calendar.Vn.calendarDays;
import static org.motcua.calendar.Vn.closeOf;
import static org.motcua.calendar.Vn.day;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Due date of a processing time in calendar days")
class CalendarDaysDueDateTest {

    private static DueDate dueAtCloseOf(String isoDate) {
        return new DueDate(day(isoDate), closeOf(isoDate));
    }

    @Test
    @DisplayName("Received Tue 5/3/2024 with 10 days: due Fri 15/3 at 17:00")
    void landsOnWorkingDay() {
        assertEquals(dueAtCloseOf("2024-03-15"), CALENDAR.dueDate(at("2024-03-05T10:00"), calendarDays(10)));
    }

    @Test
    @DisplayName("Received Tue 5/3/2024 with 4 days lands on Saturday 9/3: due Monday 11/3")
    void landsOnWeekend() {
        assertEquals(dueAtCloseOf("2024-03-11"), CALENDAR.dueDate(at("2024-03-05T10:00"), calendarDays(4)));
    }

    @Test
    @DisplayName("Received Fri 19/4/2024 with 10 days lands on the bridge day 29/4: due Thu 2/5 after the holidays")
    void landsOnHoliday() {
        // 19/4 + 10 = 29/4 (swapped off); 30/4 and 1/5 holidays; 2/5 first working day
        assertEquals(dueAtCloseOf("2024-05-02"), CALENDAR.dueDate(at("2024-04-19T10:00"), calendarDays(10)));
    }

    @Test
    @DisplayName("Received after hours: counted from the next working day")
    void afterHours() {
        // received 6/3; 6/3 + 2 = 8/3
        assertEquals(dueAtCloseOf("2024-03-08"), CALENDAR.dueDate(at("2024-03-05T18:00"), calendarDays(2)));
    }

    @Test
    @DisplayName("Received on Saturday 9/3/2024 with 5 days: received Monday 11/3, due Saturday 16/3 moved to Monday 18/3")
    void receivedOnWeekend() {
        assertEquals(dueAtCloseOf("2024-03-18"), CALENDAR.dueDate(at("2024-03-09T10:00"), calendarDays(5)));
    }

    @Test
    @DisplayName("0 calendar days: due at 17:00 on the day of receipt")
    void zeroDays() {
        assertEquals(dueAtCloseOf("2024-03-05"), CALENDAR.dueDate(at("2024-03-05T10:00"), calendarDays(0)));
    }

    @Test
    @DisplayName("A negative number of calendar days is rejected")
    void negativeRejected() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.dueDate(at("2024-03-05T10:00"), calendarDays(-3)));
    }
}
