package org.motcua.processing.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.processing.DueDateChangeReason;

/**
 * The deadline when a requested supplement arrives complete: counted again from the beginning
 * (RESTART) or moved by the time the clock was stopped (RESUME).
 */
public final class SupplementClock {
    private SupplementClock() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The new deadline and how long the clock was stopped. */
    public record Resumed(DueDate due, DueDateChangeReason reason, int pausedWorkingDays, long pausedWorkingMinutes,
            String explanation) {
    }

    public static Resumed resume(CaseSnapshot snapshot, OffsetDateTime supplementReceivedAt, WorkingCalendar calendar) {
        OffsetDateTime pausedSince = snapshot.pausedSince() == null ? supplementReceivedAt : snapshot.pausedSince();
        LocalDate pauseDay = localDay(pausedSince, calendar);
        LocalDate resumeDay = localDay(supplementReceivedAt, calendar);
        int pausedDays = calendar.workingDaysBetween(pauseDay, resumeDay);
        Duration pausedTime = calendar.workingTimeBetween(pausedSince, supplementReceivedAt);
        ProcessingDuration committed = snapshot.committed();
        if (snapshot.clockMode() == ClockMode.RESTART) {
            DueDate due = calendar.dueDate(supplementReceivedAt, committed);
            return new Resumed(due, DueDateChangeReason.SUPPLEMENT_RESTART, pausedDays, pausedTime.toMinutes(),
                    "Nhận đủ hồ sơ bổ sung ngày " + DAY.format(resumeDay) + ": thời hạn giải quyết ("
                            + describe(committed) + ") được tính lại từ đầu theo khoản 4 Điều 19 Nghị định "
                            + "61/2018/NĐ-CP.");
        }
        DueDate due = switch (committed.unit()) {
            case WORKING_HOURS -> {
                OffsetDateTime at = roundUpToQuarterHour(calendar.addWorkingTime(snapshot.due().dueAt(), pausedTime));
                yield new DueDate(localDay(at, calendar), at);
            }
            case CALENDAR_DAYS -> {
                LocalDate day = snapshot.due().dueDate().plusDays(ChronoUnit.DAYS.between(pauseDay, resumeDay));
                day = calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
                yield new DueDate(day, calendar.endOfWorkingHours(day));
            }
            case WORKING_DAYS -> calendar.extendByWorkingDays(snapshot.due(), pausedDays);
        };
        String paused = committed.unit() == DurationUnit.WORKING_HOURS
                ? pausedTime.toMinutes() / 60 + " giờ " + pausedTime.toMinutes() % 60 + " phút làm việc"
                : pausedDays + " ngày làm việc";
        return new Resumed(due, DueDateChangeReason.SUPPLEMENT_RESUME, pausedDays, pausedTime.toMinutes(),
                "Nhận đủ hồ sơ bổ sung ngày " + DAY.format(resumeDay) + ": thời hạn được cộng thêm thời gian tạm "
                        + "dừng chờ bổ sung (" + paused + ").");
    }

    static String describe(ProcessingDuration duration) {
        String unit = switch (duration.unit()) {
            case WORKING_DAYS -> "ngày làm việc";
            case CALENDAR_DAYS -> "ngày";
            case WORKING_HOURS -> "giờ làm việc";
        };
        return duration.value() + " " + unit;
    }

    static LocalDate localDay(OffsetDateTime instant, WorkingCalendar calendar) {
        return instant.atZoneSameInstant(calendar.zone()).toLocalDate();
    }

    static OffsetDateTime roundUpToQuarterHour(OffsetDateTime t) {
        OffsetDateTime floor = t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() / 15 * 15L);
        return floor.equals(t) ? t : floor.plusMinutes(15);
    }
}
