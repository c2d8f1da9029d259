package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.day;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Working days: which days state agencies work, and counting them")
class WorkingDaysTest {

    @Test
    @DisplayName("An ordinary Tuesday is a working day; Saturday and Sunday are not")
    void weeklyRest() {
        assertTrue(CALENDAR.isWorkingDay(day("2024-03-05")));
        assertFalse(CALENDAR.isWorkingDay(day("2024-03-09")));
        assertFalse(CALENDAR.isWorkingDay(day("2024-03-10")));
    }

    @Test
    @DisplayName("Make-up Saturdays are working days: 4/5/2024, 26/4/2025, 10/1/2026")
    void makeUpSaturdays() {
        assertTrue(CALENDAR.isWorkingDay(day("2024-05-04")));
        assertTrue(CALENDAR.isWorkingDay(day("2025-04-26")));
        assertTrue(CALENDAR.isWorkingDay(day("2026-01-10")));
    }

    @Test
    @DisplayName("Holidays, compensatory and swapped days are off")
    void daysOff() {
        assertFalse(CALENDAR.isWorkingDay(day("2020-01-23")), "Tết 2020");
        assertFalse(CALENDAR.isWorkingDay(day("2022-04-11")), "Hùng Kings' day 2022 compensated on Monday");
        assertFalse(CALENDAR.isWorkingDay(day("2024-04-29")), "bridge day before 30/4/2024");
        assertFalse(CALENDAR.isWorkingDay(day("2025-05-02")), "swapped Friday after 1/5/2025");
        assertFalse(CALENDAR.isWorkingDay(day("2026-02-17")), "Tết Bính Ngọ");
    }

    @Test
    @DisplayName("The next working day after the eve of Tết 2024 is the Thursday after Tết, 15/2")
    void nextWorkingDayAfterTet() {
        assertEquals(day("2024-02-15"), CALENDAR.nextWorkingDay(day("2024-02-07")));
    }

    @Test
    @DisplayName("The next working day is strictly after the given day")
    void nextIsStrictlyAfter() {
        assertEquals(day("2024-03-06"), CALENDAR.nextWorkingDay(day("2024-03-05")));
    }

    @Test
    @DisplayName("Adding 0 working days gives the same day; adding a negative number is rejected")
    void addZeroAndNegative() {
        assertEquals(day("2024-03-09"), CALENDAR.addWorkingDays(day("2024-03-09"), 0));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(day("2024-03-05"), -1));
    }

    @Test
    @DisplayName("Adding 2 working days from Friday 31/8/2023 skips 1/9, the weekend and the compensatory 4/9")
    void addAcrossCompensatoryDay() {
        // 1/9 adjacent day; 2-3/9 weekend; 4/9 compensatory; 5/9=1, 6/9=2
        assertEquals(day("2023-09-06"), CALENDAR.addWorkingDays(day("2023-08-31"), 2));
    }

    @Test
    @DisplayName("Between Fri 26/4 and Mon 6/5/2024 there are 4 working days: 2/5, 3/5, make-up Sat 4/5, 6/5")
    void workingDaysBetweenAroundHolidays() {
        assertEquals(4, CALENDAR.workingDaysBetween(day("2024-04-26"), day("2024-05-06")));
    }

    @Test
    @DisplayName("Between 22/1 and 30/1/2020, across Tết, there is 1 working day: 30/1")
    void workingDaysBetweenAcrossTet() {
        assertEquals(1, CALENDAR.workingDaysBetween(day("2020-01-22"), day("2020-01-30")));
    }

    @Test
    @DisplayName("The start day is not counted, the end day is; none when the end is not after the start")
    void workingDaysBetweenBounds() {
        assertEquals(1, CALENDAR.workingDaysBetween(day("2024-03-05"), day("2024-03-06")));
        assertEquals(0, CALENDAR.workingDaysBetween(day("2024-03-05"), day("2024-03-05")));
        assertEquals(0, CALENDAR.workingDaysBetween(day("2024-03-08"), day("2024-03-05")));
    }

    @Test
    @DisplayName("Counting back what was added: 15 working days from 21/1/2020 are 15 working days apart")
    void addThenCount() {
        assertEquals(15, CALENDAR.workingDaysBetween(day("2020-01-21"), CALENDAR.addWorkingDays(day("2020-01-21"), 15)));
    }
}
