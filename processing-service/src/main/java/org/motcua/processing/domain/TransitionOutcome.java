package org.motcua.processing.domain;

import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.calendar.DueDate;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.DueDateChangeReason;

/**
 * The result of an allowed transition: the new state, the deadline before and after, and the clock after.
 *
 * @param dueChange   why the deadline moved, or null when it did not
 * @param explanation the Vietnamese explanation of the deadline change, or null
 * @param flags       irregularities to report (e.g. LATE_SUPPLEMENT_REQUEST, MIGRATED)
 * @param legacyRecordedAt the legacy recording time of a migrated step, or null: the step is recorded now
 */
public record TransitionOutcome(
        CaseAction action,
        CaseState fromState,
        CaseState toState,
        String actingRole,
        OffsetDateTime occurredAt,
        DueDate dueBefore,
        DueDate dueAfter,
        DueDateChangeReason dueChange,
        String explanation,
        List<String> flags,
        OffsetDateTime pausedSince,
        int pausedWorkingDays,
        long pausedWorkingMinutes,
        boolean extended,
        int supplementRequests,
        OffsetDateTime legacyRecordedAt) {

    public TransitionOutcome {
        flags = List.copyOf(flags);
    }

    /** A step replayed by the data migration with its legacy recording time. */
    public boolean migrated() {
        return legacyRecordedAt != null;
    }

    public boolean dueDateChanged() {
        return dueChange != null;
    }
}
