package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;
import static org.motcua.calendar.Vn.day;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The day a dossier counts as received")
class EffectiveReceiptDayTest {

    @Test
    @DisplayName("Received on a Tuesday morning: received that Tuesday")
    void weekdayMorning() {
        assertEquals(day("2024-03-05"), CALENDAR.effectiveReceiptDay(at("2024-03-05T09:30")));
    }

    @Test
    @DisplayName("Received at 06:30, before the office opens on a working day: that day counts")
    void beforeOpening() {
        assertEquals(day("2024-03-05"), CALENDAR.effectiveReceiptDay(at("2024-03-05T06:30")));
    }

    @Test
    @DisplayName("Received during the lunch break: still that day")
    void duringLunch() {
        assertEquals(day("2024-03-05"), CALENDAR.effectiveReceiptDay(at("2024-03-05T12:15")));
    }

    @Test
    @DisplayName("Received at 16:59: still that day")
    void justBeforeClosing() {
        assertEquals(day("2024-03-05"), CALENDAR.effectiveReceiptDay(at("2024-03-05T16:59")));
    }

    @Test
    @DisplayName("Received at exactly 17:00, the close of working hours: the next working morning")
    void atClosing() {
        assertEquals(day("2024-03-06"), CALENDAR.effectiveReceiptDay(at("2024-03-05T17:00")));
    }

    @Test
    @DisplayName("Received at 17:30 on a Tuesday: received on Wednesday")
    void afterHours() {
        assertEquals(day("2024-03-06"), CALENDAR.effectiveReceiptDay(at("2024-03-05T17:30")));
    }

    @Test
    @DisplayName("Received after hours on a Friday: received on Monday")
    void fridayEvening() {
        assertEquals(day("2024-03-11"), CALENDAR.effectiveReceiptDay(at("2024-03-08T18:00")));
    }

    @Test
    @DisplayName("Received online on a Saturday: received on Monday")
    void saturday() {
        assertEquals(day("2024-03-11"), CALENDAR.effectiveReceiptDay(at("2024-03-09T10:00")));
    }

    @Test
    @DisplayName("Received online on a Sunday: received on Monday")
    void sunday() {
        assertEquals(day("2024-03-11"), CALENDAR.effectiveReceiptDay(at("2024-03-10T10:00")));
    }

    @Test
    @DisplayName("Received on the make-up Saturday 26/4/2025: that Saturday is a working day")
    void makeUpSaturday() {
        assertEquals(day("2025-04-26"), CALENDAR.effectiveReceiptDay(at("2025-04-26T09:00")));
    }

    @Test
    @DisplayName("Received on the eve of Tết 2020 after hours: received on the first working day after Tết, 30/1")
    void eveOfTetAfterHours() {
        assertEquals(day("2020-01-30"), CALENDAR.effectiveReceiptDay(at("2020-01-22T17:30")));
    }

    @Test
    @DisplayName("A receipt stamped in UTC is read in Vietnam time: 10:30Z is 17:30 in Hanoi, after hours")
    void utcStamp() {
        assertEquals(day("2024-03-06"), CALENDAR.effectiveReceiptDay(OffsetDateTime.parse("2024-03-05T10:30Z")));
    }

    @Test
    @DisplayName("A UTC stamp late on Monday evening is already Tuesday morning in Vietnam")
    void utcStampCrossingMidnight() {
        assertEquals(day("2024-03-05"), CALENDAR.effectiveReceiptDay(OffsetDateTime.parse("2024-03-04T23:30Z")));
    }
}
