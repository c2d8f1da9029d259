package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;
import static org.motcua.calendar.Vn.closeOf;
import static org.motcua.calendar.Vn.day;
import static org.motcua.calendar.Vn.workingDays;

import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Due date of a processing time in working days (day of receipt not counted, due at 17:00)")
class WorkingDaysDueDateTest {

    private static DueDate dueAtCloseOf(String isoDate) {
        return new DueDate(day(isoDate), closeOf(isoDate));
    }

    @Test
    @DisplayName("Reference: received Wed 4/3/2020 with 15 working days is due Wed 25/3/2020 at 17:00")
    void reference2020March4() {
        // March 2020 has no holiday. Counting from the day after receipt:
        // 5/3=1, 6/3=2, 9/3=3, 10/3=4, 11/3=5, 12/3=6, 13/3=7, 16/3=8, 17/3=9, 18/3=10,
        // 19/3=11, 20/3=12, 23/3=13, 24/3=14, 25/3=15
        assertEquals(dueAtCloseOf("2020-03-25"), CALENDAR.dueDate(at("2020-03-04T09:00"), workingDays(15)));
    }

    @Test
    @DisplayName("Reference: received Thu 5/3/2020 with 12 working days is due Mon 23/3/2020 at 17:00")
    void reference2020March5() {
        // 6/3=1, 9/3=2, 10/3=3, 11/3=4, 12/3=5, 13/3=6, 16/3=7, 17/3=8, 18/3=9, 19/3=10, 20/3=11, 23/3=12
        assertEquals(dueAtCloseOf("2020-03-23"), CALENDAR.dueDate(at("2020-03-05T14:00"), workingDays(12)));
    }

    @Test
    @DisplayName("Received on a normal Tuesday morning with 3 working days: due Friday at 17:00")
    void normalWeekdayMorning() {
        // 6/3=1, 7/3=2, 8/3=3
        assertEquals(dueAtCloseOf("2024-03-08"), CALENDAR.dueDate(at("2024-03-05T08:15"), workingDays(3)));
    }

    @Test
    @DisplayName("Received during lunch on Tuesday with 1 working day: due Wednesday (receipt day stands)")
    void duringLunch() {
        assertEquals(dueAtCloseOf("2024-03-06"), CALENDAR.dueDate(at("2024-03-05T12:15"), workingDays(1)));
    }

    @Test
    @DisplayName("Received after 17:00 on Tuesday with 1 working day: received Wednesday, due Thursday")
    void afterHours() {
        assertEquals(dueAtCloseOf("2024-03-07"), CALENDAR.dueDate(at("2024-03-05T17:30"), workingDays(1)));
    }

    @Test
    @DisplayName("Received on Saturday with 1 working day: received Monday, due Tuesday")
    void saturday() {
        assertEquals(dueAtCloseOf("2024-03-12"), CALENDAR.dueDate(at("2024-03-09T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("Received on Sunday with 5 working days: received Monday, due the next Monday")
    void sunday() {
        // received 11/3; 12/3=1, 13/3=2, 14/3=3, 15/3=4, 18/3=5
        assertEquals(dueAtCloseOf("2024-03-18"), CALENDAR.dueDate(at("2024-03-10T20:00"), workingDays(5)));
    }

    @Test
    @DisplayName("Received on the make-up Saturday 26/4/2025 with 1 working day: that Saturday counts, due Mon 28/4")
    void makeUpSaturday() {
        assertEquals(dueAtCloseOf("2025-04-28"), CALENDAR.dueDate(at("2025-04-26T09:00"), workingDays(1)));
    }

    @Test
    @DisplayName("Received Tue 21/1/2020 with 15 working days across Tết Canh Tý: due Tue 18/2/2020")
    void acrossTet2020() {
        // 22/1=1; 23/1-29/1 Tết and weekend; 30/1=2, 31/1=3, 3/2=4, 4/2=5, 5/2=6, 6/2=7, 7/2=8,
        // 10/2=9, 11/2=10, 12/2=11, 13/2=12, 14/2=13, 17/2=14, 18/2=15
        assertEquals(dueAtCloseOf("2020-02-18"), CALENDAR.dueDate(at("2020-01-21T10:00"), workingDays(15)));
    }

    @Test
    @DisplayName("Received on the eve of Tết 2020 after hours with 1 working day: received 30/1, due 31/1")
    void eveOfTetAfterHours() {
        assertEquals(dueAtCloseOf("2020-01-31"), CALENDAR.dueDate(at("2020-01-22T17:45"), workingDays(1)));
    }

    @Test
    @DisplayName("Hùng Kings' day Thu 2/4/2020 is skipped: received Wed 1/4 with 1 working day, due Fri 3/4")
    void hungKingsDay() {
        assertEquals(dueAtCloseOf("2020-04-03"), CALENDAR.dueDate(at("2020-04-01T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("30/4-1/5/2024 with the bridge day 29/4: received Fri 26/4 with 3 working days, due make-up Sat 4/5")
    void reunificationDayWithBridgeDay() {
        // 27-28/4 weekend; 29/4 swapped off; 30/4, 1/5 holidays; 2/5=1, 3/5=2, Sat 4/5 (make-up)=3
        assertEquals(dueAtCloseOf("2024-05-04"), CALENDAR.dueDate(at("2024-04-26T10:00"), workingDays(3)));
    }

    @Test
    @DisplayName("30/4-1/5/2025 with the swapped Friday 2/5: received Tue 29/4 with 2 working days, due Tue 6/5")
    void reunificationDay2025() {
        // 30/4, 1/5 holidays; 2/5 swapped off; 3-4/5 weekend; 5/5=1, 6/5=2
        assertEquals(dueAtCloseOf("2025-05-06"), CALENDAR.dueDate(at("2025-04-29T10:00"), workingDays(2)));
    }

    @Test
    @DisplayName("National Day 2/9/2024 plus the adjacent 3/9: received Fri 30/8 with 1 working day, due Wed 4/9")
    void nationalDayWithAdjacentDay() {
        assertEquals(dueAtCloseOf("2024-09-04"), CALENDAR.dueDate(at("2024-08-30T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("National Day 2025 is Mon 1/9 and Tue 2/9: received Fri 29/8 with 1 working day, due Wed 3/9")
    void nationalDay2025() {
        assertEquals(dueAtCloseOf("2025-09-03"), CALENDAR.dueDate(at("2025-08-29T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("Compensatory day: New Year 2022 fell on Saturday, so Mon 3/1/2022 is off; received 31/12/2021, due 4/1")
    void compensatoryDayAcrossTheYear() {
        assertEquals(dueAtCloseOf("2022-01-04"), CALENDAR.dueDate(at("2021-12-31T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("Compensatory day: National Day 2023 fell on Saturday, so Mon 4/9 is off; received Thu 31/8, due Tue 5/9")
    void compensatoryNationalDay2023() {
        // 1/9 adjacent day off; 2-3/9 weekend; 4/9 compensatory; 5/9=1
        assertEquals(dueAtCloseOf("2023-09-05"), CALENDAR.dueDate(at("2023-08-31T10:00"), workingDays(1)));
    }

    @Test
    @DisplayName("0 working days: due at 17:00 on the day of receipt")
    void zeroDays() {
        assertEquals(dueAtCloseOf("2024-03-05"), CALENDAR.dueDate(at("2024-03-05T09:00"), workingDays(0)));
    }

    @Test
    @DisplayName("0 working days received on Saturday: due at 17:00 on Monday")
    void zeroDaysOnSaturday() {
        assertEquals(dueAtCloseOf("2024-03-11"), CALENDAR.dueDate(at("2024-03-09T09:00"), workingDays(0)));
    }

    @Test
    @DisplayName("The due instant is given in Vietnam time (+07:00) even for a receipt stamped in UTC")
    void resultInVietnamTime() {
        DueDate due = CALENDAR.dueDate(at("2024-03-05T09:00").withOffsetSameInstant(ZoneOffset.UTC), workingDays(1));
        assertEquals(ZoneOffset.ofHours(7), due.dueAt().getOffset());
        assertEquals(dueAtCloseOf("2024-03-06"), due);
    }

    @Test
    @DisplayName("A negative processing time is rejected")
    void negativeRejected() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.dueDate(at("2024-03-05T09:00"), workingDays(-1)));
    }
}
