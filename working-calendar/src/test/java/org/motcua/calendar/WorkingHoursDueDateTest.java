package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;
import static org.motcua.calendar.Vn.day;
import static org.motcua.calendar.Vn.workingHours;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Due date of a processing time in working hours (rounded up to the quarter hour)")
class WorkingHoursDueDateTest {

    private static DueDate dueAt(String localDateTime) {
        return new DueDate(day(localDateTime.substring(0, 10)), at(localDateTime));
    }

    @Test
    @DisplayName("Received Tue 09:00 with 2 working hours: due 11:00 the same day")
    void sameSession() {
        assertEquals(dueAt("2024-03-05T11:00"), CALENDAR.dueDate(at("2024-03-05T09:00"), workingHours(2)));
    }

    @Test
    @DisplayName("Across lunch: received 10:00 with 4 hours, 1h30 before lunch and 2h30 after, due 16:00")
    void acrossLunch() {
        assertEquals(dueAt("2024-03-05T16:00"), CALENDAR.dueDate(at("2024-03-05T10:00"), workingHours(4)));
    }

    @Test
    @DisplayName("Received during lunch at 12:15 with 1 hour: the clock starts at 13:30, due 14:30")
    void receivedDuringLunch() {
        assertEquals(dueAt("2024-03-05T14:30"), CALENDAR.dueDate(at("2024-03-05T12:15"), workingHours(1)));
    }

    @Test
    @DisplayName("Across the night: received Tue 16:00 with 4 hours, 1 hour on Tuesday and 3 on Wednesday, due Wed 10:00")
    void acrossTheNight() {
        assertEquals(dueAt("2024-03-06T10:00"), CALENDAR.dueDate(at("2024-03-05T16:00"), workingHours(4)));
    }

    @Test
    @DisplayName("Across a weekend: received Fri 15:00 with 8 hours, 2 on Friday and 6 on Monday, due Mon 15:00")
    void acrossWeekend() {
        // Monday: 07:00-11:30 gives 4h30, the last 1h30 runs 13:30-15:00
        assertEquals(dueAt("2024-03-11T15:00"), CALENDAR.dueDate(at("2024-03-08T15:00"), workingHours(8)));
    }

    @Test
    @DisplayName("A full working day is 8 hours: received at 07:00 with 8 hours, due 17:00 that day, not the next morning")
    void fullDay() {
        assertEquals(dueAt("2024-03-05T17:00"), CALENDAR.dueDate(at("2024-03-05T07:00"), workingHours(8)));
    }

    @Test
    @DisplayName("Rounded up to the quarter hour: received 10:07 with 2 hours ends at 14:07, due 14:15")
    void roundedUpToQuarterHour() {
        // 10:07-11:30 is 1h23; the remaining 37 minutes run 13:30-14:07
        assertEquals(dueAt("2024-03-05T14:15"), CALENDAR.dueDate(at("2024-03-05T10:07"), workingHours(2)));
    }

    @Test
    @DisplayName("Seconds count when rounding: received 09:00:30 with 1 hour ends 10:00:30, due 10:15")
    void secondsRoundUp() {
        assertEquals(dueAt("2024-03-05T10:15"), CALENDAR.dueDate(at("2024-03-05T09:00:30"), workingHours(1)));
    }

    @Test
    @DisplayName("Received on Saturday with 2 hours: the clock starts Monday 07:00, due Monday 09:00")
    void receivedOnSaturday() {
        assertEquals(dueAt("2024-03-11T09:00"), CALENDAR.dueDate(at("2024-03-09T10:00"), workingHours(2)));
    }

    @Test
    @DisplayName("Received after hours on the eve of Tết 2020 with 24 hours: three full days 30/1, 31/1 and 3/2")
    void acrossTet() {
        assertEquals(dueAt("2020-02-03T17:00"), CALENDAR.dueDate(at("2020-01-22T17:30"), workingHours(24)));
    }

    @Test
    @DisplayName("0 working hours: due at 17:00 on the day of receipt")
    void zeroHours() {
        assertEquals(dueAt("2024-03-05T17:00"), CALENDAR.dueDate(at("2024-03-05T10:00"), workingHours(0)));
    }

    @Test
    @DisplayName("A negative number of working hours is rejected")
    void negativeRejected() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.dueDate(at("2024-03-05T10:00"), workingHours(-1)));
    }
}
