package org.motcua.catalog.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;
import org.motcua.contracts.catalog.WorkingSession;

/**
 * What a working-day calendar year (lịch làm việc năm) must satisfy before it replaces the stored one:
 * every listed date lies in the year, is listed once, is not both a day off and a make-up working day;
 * make-up working days (làm bù) are Saturdays or Sundays; working sessions are non-empty, ordered and do not
 * overlap; the zone is a valid region id.
 */
public final class CalendarYearRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private CalendarYearRules() {
    }

    /** Every broken rule, with the JSON path of the offending value; empty when the year is valid. */
    public static List<Violation> check(int year, CalendarYear calendar) {
        List<Violation> violations = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new Violation("year", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + "."));
            return violations;
        }
        if (calendar == null) {
            violations.add(new Violation("body", "Cần nội dung lịch làm việc của năm."));
            return violations;
        }
        if (calendar.year() != 0 && calendar.year() != year) {
            violations.add(new Violation("year", "Năm trong nội dung (" + calendar.year()
                    + ") khác năm trên đường dẫn (" + year + ")."));
        }
        checkZone(calendar.zone(), violations);
        checkSessions(calendar.workingHours(), violations);
        Set<LocalDate> off = checkDates(year, "daysOff", calendar.daysOff(), violations);
        checkDates(year, "makeUpWorkingDays", calendar.makeUpWorkingDays(), violations);
        List<DatedReason> makeUpDays = calendar.makeUpWorkingDays() == null ? List.of() : calendar.makeUpWorkingDays();
        for (int i = 0; i < makeUpDays.size(); i++) {
            DatedReason day = makeUpDays.get(i);
            if (day == null || day.date() == null) {
                continue;
            }
            String path = "makeUpWorkingDays[" + i + "].date";
            if (off.contains(day.date())) {
                violations.add(new Violation(path, "Ngày " + Timeline.day(day.date())
                        + " không thể vừa là ngày nghỉ vừa là ngày làm bù."));
            }
            if (!isWeekend(day.date())) {
                violations.add(new Violation(path, "Ngày làm bù " + Timeline.day(day.date())
                        + " phải là thứ Bảy hoặc Chủ nhật."));
            }
        }
        return violations;
    }

    private static void checkZone(String zone, List<Violation> violations) {
        if (zone == null || zone.isBlank()) {
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            violations.add(new Violation("zone", "Múi giờ '" + zone + "' không hợp lệ (ví dụ: Asia/Ho_Chi_Minh)."));
        }
    }

    private static void checkSessions(List<WorkingSession> sessions, List<Violation> violations) {
        if (sessions == null) {
            return;
        }
        LocalTime previousEnd = null;
        for (int i = 0; i < sessions.size(); i++) {
            WorkingSession session = sessions.get(i);
            String path = "workingHours[" + i + "]";
            if (session == null || session.start() == null || session.end() == null) {
                violations.add(new Violation(path, "Cần giờ bắt đầu và giờ kết thúc của buổi làm việc."));
                previousEnd = null;
                continue;
            }
            if (!session.start().isBefore(session.end())) {
                violations.add(new Violation(path + ".end", "Giờ kết thúc phải sau giờ bắt đầu."));
            }
            if (previousEnd != null && session.start().isBefore(previousEnd)) {
                violations.add(new Violation(path + ".start",
                        "Các buổi làm việc phải theo thứ tự thời gian và không chồng lấn nhau."));
            }
            previousEnd = session.end();
        }
    }

    private static Set<LocalDate> checkDates(int year, String list, List<DatedReason> days, List<Violation> violations) {
        Set<LocalDate> seen = new HashSet<>();
        if (days == null) {
            return seen;
        }
        for (int i = 0; i < days.size(); i++) {
            DatedReason day = days.get(i);
            String path = list + "[" + i + "]";
            if (day == null || day.date() == null) {
                violations.add(new Violation(path + ".date", "Cần ngày (YYYY-MM-DD)."));
                continue;
            }
            if (day.date().getYear() != year) {
                violations.add(new Violation(path + ".date", "Ngày " + Timeline.day(day.date())
                        + " không thuộc năm " + year + "."));
            }
            if (!seen.add(day.date())) {
                violations.add(new Violation(path + ".date", "Ngày " + Timeline.day(day.date()) + " bị liệt kê hai lần."));
            }
            if (day.reason() == null || day.reason().isBlank()) {
                violations.add(new Violation(path + ".reason", "Cần lý do (ví dụ: Tết Nguyên đán)."));
            }
        }
        return seen;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
