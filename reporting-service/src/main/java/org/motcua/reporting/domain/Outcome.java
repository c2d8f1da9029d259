package org.motcua.reporting.domain;

import java.time.LocalDate;

/** How a resolved dossier compares with its due date (form 06: trước hạn, đúng hạn, quá hạn). */
public enum Outcome {
    /** Trước hạn: resolved on a date before the due date. */
    EARLY,
    /** Đúng hạn: resolved on the due date itself. */
    ON_TIME,
    /** Quá hạn: resolved after the due date. */
    LATE;

    /**
     * Compares Vietnamese calendar dates. A dossier without a due date (a procedure with no time limit)
     * cannot be late: it counts as on time.
     */
    public static Outcome classify(LocalDate resolvedOn, LocalDate dueDate) {
        if (dueDate == null) {
            return ON_TIME;
        }
        if (resolvedOn.isBefore(dueDate)) {
            return EARLY;
        }
        return resolvedOn.isEqual(dueDate) ? ON_TIME : LATE;
    }
}
