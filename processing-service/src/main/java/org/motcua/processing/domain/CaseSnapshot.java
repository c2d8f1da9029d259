package org.motcua.processing.domain;

import java.time.OffsetDateTime;
import org.motcua.calendar.DueDate;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.processing.CaseState;

/**
 * The facts of a case the workflow rules need.
 *
 * @param pausedSince          when the clock stopped for a supplement request; null while it runs
 * @param pausedWorkingDays    working days the clock has been stopped in total (resumed pauses)
 * @param pausedWorkingMinutes working time stopped in total, in minutes (for procedures counted in hours)
 * @param extended             the due date was already moved once by an apology letter (form 04)
 * @param supplementRequests   how many supplement requests were sent during processing
 * @param lastOccurredAt       business time of the last transition
 */
public record CaseSnapshot(
        CaseState state,
        OffsetDateTime receivedAt,
        ProcessingDuration committed,
        DueDate due,
        ClockMode clockMode,
        OffsetDateTime pausedSince,
        int pausedWorkingDays,
        long pausedWorkingMinutes,
        boolean extended,
        int supplementRequests,
        OffsetDateTime lastOccurredAt) {

    public boolean paused() {
        return pausedSince != null;
    }
}
