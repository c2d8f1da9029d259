package org.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;
import org.motcua.contracts.catalog.WorkingSession;

class CalendarYearRulesTest {

    private static final List<WorkingSession> HOURS = List.of(
            new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            new WorkingSession(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    private static CalendarYear year(int year, String zone, List<WorkingSession> hours, List<DatedReason> off,
            List<DatedReason> makeUp) {
        return new CalendarYear(year, zone, hours, off, makeUp, false, "Bộ luật Lao động 45/2019/QH14");
    }

    private static DatedReason day(String date, String reason) {
        return new DatedReason(LocalDate.parse(date), reason);
    }

    private static List<String> fields(int pathYear, CalendarYear calendar) {
        return CalendarYearRules.check(pathYear, calendar).stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("every official year 2020-2027 of the seed passes the rules")
    void officialYears() {
        for (CalendarYear year : OfficialCalendars.load()) {
            assertThat(CalendarYearRules.check(year.year(), year)).as("year %d", year.year()).isEmpty();
        }
    }

    @Test
    @DisplayName("2024: 29/4 swapped off and Saturday 4/5 worked is a valid year")
    void swap2024() {
        assertThat(fields(2024, year(2024, "Asia/Ho_Chi_Minh", HOURS, List.of(day("2024-04-29", "Nghỉ hoán đổi")),
                List.of(day("2024-05-04", "Làm bù cho ngày 29/4"))))).isEmpty();
    }

    @Test
    @DisplayName("a date of another year is refused and named")
    void outsideYear() {
        assertThat(fields(2031, year(2031, null, HOURS, List.of(day("2032-01-01", "Tết Dương lịch")), List.of())))
                .containsExactly("daysOff[0].date");
    }

    @Test
    @DisplayName("a day cannot be both off and a make-up working day")
    void bothOffAndMakeUp() {
        assertThat(fields(2031, year(2031, null, HOURS, List.of(day("2031-01-04", "Nghỉ")),
                List.of(day("2031-01-04", "Làm bù"))))).containsExactly("makeUpWorkingDays[0].date");
    }

    @Test
    @DisplayName("a make-up working day on a weekday makes no sense: only Saturdays and Sundays")
    void makeUpOnWeekday() {
        assertThat(fields(2031, year(2031, null, HOURS, List.of(), List.of(day("2031-01-06", "Làm bù")))))
                .containsExactly("makeUpWorkingDays[0].date");
    }

    @Test
    @DisplayName("a date listed twice, or without a reason, is refused")
    void duplicatesAndReasons() {
        assertThat(fields(2031, year(2031, null, HOURS, List.of(day("2031-01-01", "Tết Dương lịch"),
                day("2031-01-01", "Tết Dương lịch"), day("2031-09-02", " ")), List.of())))
                .containsExactly("daysOff[1].date", "daysOff[2].reason");
        assertThat(fields(2031, year(2031, null, HOURS, java.util.Arrays.asList((DatedReason) null), List.of())))
                .containsExactly("daysOff[0].date");
    }

    @Test
    @DisplayName("working sessions must be non-empty, ordered and not overlapping")
    void sessions() {
        assertThat(fields(2031, year(2031, null, List.of(new WorkingSession(LocalTime.of(13, 30), LocalTime.of(17, 0)),
                new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 30))), List.of(), List.of())))
                .containsExactly("workingHours[1].start");
        assertThat(fields(2031, year(2031, null, List.of(new WorkingSession(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                new WorkingSession(LocalTime.of(11, 30), LocalTime.of(17, 0))), List.of(), List.of())))
                .containsExactly("workingHours[1].start");
        assertThat(fields(2031, year(2031, null, List.of(new WorkingSession(LocalTime.of(11, 0), LocalTime.of(7, 0))),
                List.of(), List.of()))).containsExactly("workingHours[0].end");
        assertThat(fields(2031, year(2031, null, List.of(new WorkingSession(null, LocalTime.of(7, 0))),
                List.of(), List.of()))).containsExactly("workingHours[0]");
    }

    @Test
    @DisplayName("an unknown zone, a body for another year or a year out of range are named")
    void zoneAndYear() {
        assertThat(fields(2031, year(2031, "Asia/Hanoi_City", HOURS, List.of(), List.of()))).containsExactly("zone");
        assertThat(fields(2031, year(2030, null, HOURS, List.of(), List.of()))).containsExactly("year");
        assertThat(fields(1999, year(1999, null, HOURS, List.of(), List.of()))).containsExactly("year");
        assertThat(fields(2031, null)).containsExactly("body");
        assertThat(fields(2031, year(0, "", null, null, null))).isEmpty();
    }
}
