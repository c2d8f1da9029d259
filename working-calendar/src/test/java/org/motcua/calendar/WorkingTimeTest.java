package org.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motcua.calendar.Vn.CALENDAR;
import static org.motcua.calendar.Vn.at;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Working time: counting and adding time inside working sessions")
class WorkingTimeTest {

    @Test
    @DisplayName("From 11:00 to 14:00 on a Tuesday is 1 hour of working time: lunch does not count")
    void acrossLunch() {
        assertEquals(Duration.ofHours(1), CALENDAR.workingTimeBetween(at("2024-03-05T11:00"), at("2024-03-05T14:00")));
    }

    @Test
    @DisplayName("A whole working day, midnight to midnight, is 8 hours")
    void wholeDay() {
        assertEquals(Duration.ofHours(8), CALENDAR.workingTimeBetween(at("2024-03-05T00:00"), at("2024-03-06T00:00")));
    }

    @Test
    @DisplayName("From Friday 16:00 before the 30/4/2024 holidays to Thursday 2/5 09:00 is 3 hours")
    void aroundHolidays() {
        // Friday 26/4 16:00-17:00 = 1h; 27/4-1/5 weekend, bridge day and holidays; Thursday 2/5 07:00-09:00 = 2h
        assertEquals(Duration.ofHours(3), CALENDAR.workingTimeBetween(at("2024-04-26T16:00"), at("2024-05-02T09:00")));
    }

    @Test
    @DisplayName("A whole Tết week of 2020 holds no working time")
    void tetWeek() {
        assertEquals(Duration.ZERO, CALENDAR.workingTimeBetween(at("2020-01-22T17:00"), at("2020-01-30T07:00")));
    }

    @Test
    @DisplayName("No working time when the end is not after the start")
    void emptyInterval() {
        assertEquals(Duration.ZERO, CALENDAR.workingTimeBetween(at("2024-03-05T10:00"), at("2024-03-05T10:00")));
        assertEquals(Duration.ZERO, CALENDAR.workingTimeBetween(at("2024-03-05T15:00"), at("2024-03-05T10:00")));
    }

    @Test
    @DisplayName("Adding 2 hours at 10:30 crosses lunch: 11:30 then 13:30-14:30")
    void addAcrossLunch() {
        assertEquals(at("2024-03-05T14:30"), CALENDAR.addWorkingTime(at("2024-03-05T10:30"), Duration.ofHours(2)));
    }

    @Test
    @DisplayName("Adding exactly the morning session from 07:00 ends at 11:30, not at 13:30")
    void endsAtSessionClose() {
        assertEquals(at("2024-03-05T11:30"),
                CALENDAR.addWorkingTime(at("2024-03-05T07:00"), Duration.ofHours(4).plusMinutes(30)));
    }

    @Test
    @DisplayName("Adding 1 hour on the eve of the 2/9/2024 holidays at 16:30 ends Wednesday 4/9 at 07:30")
    void addAcrossNationalDay() {
        assertEquals(at("2024-09-04T07:30"), CALENDAR.addWorkingTime(at("2024-08-30T16:30"), Duration.ofHours(1)));
    }

    @Test
    @DisplayName("Adding no time returns the start itself, in Vietnam time")
    void addNothing() {
        OffsetDateTime utc = at("2024-03-09T10:00").withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime result = CALENDAR.addWorkingTime(utc, Duration.ZERO);
        assertEquals(at("2024-03-09T10:00"), result);
        assertEquals(ZoneOffset.ofHours(7), result.getOffset());
    }

    @Test
    @DisplayName("Adding then counting gives back the working time added")
    void addThenCount() {
        OffsetDateTime from = at("2024-04-25T15:20");
        Duration amount = Duration.ofHours(13).plusMinutes(10);
        assertEquals(amount, CALENDAR.workingTimeBetween(from, CALENDAR.addWorkingTime(from, amount)));
    }

    @Test
    @DisplayName("Negative working time is rejected")
    void negativeRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CALENDAR.addWorkingTime(at("2024-03-05T10:00"), Duration.ofMinutes(-1)));
    }
}
