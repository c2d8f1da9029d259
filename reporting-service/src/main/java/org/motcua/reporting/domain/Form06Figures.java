package org.motcua.reporting.domain;

import java.math.BigDecimal;

/**
 * One row of form 06 (Circular 01/2020/TT-VPCP). {@code received} = received in the period (online +
 * direct or postal); {@code carriedOver} = received before it and still in progress at its start;
 * {@code resolved*} = resolved in the period by outcome; {@code inProgress*} = in progress at the end of
 * its last day, overdue when the due date is before that day. Rates: (early + on time) / resolved, and
 * the published variant (early + on time + in progress within deadline) / (resolved + in progress).
 */
public record Form06Figures(
        long received,
        long receivedOnline,
        long receivedDirectOrPostal,
        long carriedOver,
        long resolved,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long inProgress,
        long inProgressWithinDeadline,
        long inProgressOverdue,
        long recordedLate,
        BigDecimal onTimeRate,
        BigDecimal onTimeRateIncludingInProgress) {
}
