package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;
import static org.motcua.calendar.Vn.closeOf;
import static org.motcua.calendar.Vn.day;
import static org.motcua.calendar.Vn.workingDays;
import static org.motcua.calendar.Vn.workingHours;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pausing and resuming the clock moves the due date by the paused working days")
class PauseExtensionTest {

    @Test
    @DisplayName("Due Fri 26/4/2024, paused 3 working days: due on the make-up Saturday 4/5 at 17:00")
    void acrossHolidays() {
        DueDate due = new DueDate(day("2024-04-26"), closeOf("2024-04-26"));
        assertEquals(new DueDate(day("2024-05-04"), closeOf("2024-05-04")), CALENDAR.extendByWorkingDays(due, 3));
    }

    @Test
    @DisplayName("A dossier due 25/3/2020 paused for 5 working days is due Wed 1/4/2020")
    void referenceCasePaused() {
        DueDate due = CALENDAR.dueDate(at("2020-03-04T09:00"), workingDays(15));
        // 26/3=1, 27/3=2, 30/3=3, 31/3=4, 1/4=5 (2/4 is Hùng Kings' day, not reached)
        assertEquals(new DueDate(day("2020-04-01"), closeOf("2020-04-01")), CALENDAR.extendByWorkingDays(due, 5));
    }

    @Test
    @DisplayName("An hour-based due time moved by 1 working day is due at the end of hours of the new day")
    void hourBasedDueMovesToEndOfHours() {
        DueDate due = CALENDAR.dueDate(at("2024-03-05T09:00"), workingHours(2));
        assertEquals(new DueDate(day("2024-03-06"), closeOf("2024-03-06")), CALENDAR.extendByWorkingDays(due, 1));
    }

    @Test
    @DisplayName("A pause of 0 working days leaves the due date as it was; a negative pause is rejected")
    void zeroAndNegative() {
        DueDate due = new DueDate(day("2024-03-05"), closeOf("2024-03-05"));
        assertSame(due, CALENDAR.extendByWorkingDays(due, 0));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.extendByWorkingDays(due, -2));
    }
}
