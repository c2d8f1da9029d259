package org.motcua.processing.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.processing.CaseState;

/**
 * Whether an open case is due soon or overdue. Only cases whose clock runs are watched: not resolved (no result
 * or refusal yet), not final, and not waiting for a supplement (the clock is stopped then).
 */
public final class DeadlineStatus {
    private DeadlineStatus() {
    }

    public enum Alert { DUE_SOON, OVERDUE }

    /** States in which the deadline runs. */
    public static final Set<CaseState> WATCHED = EnumSet.of(CaseState.RECEIVED, CaseState.IN_PROGRESS,
            CaseState.PAYMENT_REQUESTED, CaseState.APPROVED);

    /**
     * @param dueSoonWorkingDays a case is due soon when its due date is at most this many working days after today
     */
    public static Optional<Alert> of(CaseState state, DueDate due, OffsetDateTime now, WorkingCalendar calendar,
            int dueSoonWorkingDays) {
        if (!WATCHED.contains(state)) {
            return Optional.empty();
        }
        if (now.isAfter(due.dueAt())) {
            return Optional.of(Alert.OVERDUE);
        }
        LocalDate today = now.atZoneSameInstant(calendar.zone()).toLocalDate();
        return calendar.workingDaysBetween(today, due.dueDate()) <= dueSoonWorkingDays
                ? Optional.of(Alert.DUE_SOON) : Optional.empty();
    }

    /** The last due date that is "due soon" today: cases due on or before it (and not yet overdue) qualify. */
    public static LocalDate dueSoonHorizon(OffsetDateTime now, WorkingCalendar calendar, int dueSoonWorkingDays) {
        LocalDate today = now.atZoneSameInstant(calendar.zone()).toLocalDate();
        return calendar.addWorkingDays(today, dueSoonWorkingDays);
    }
}
