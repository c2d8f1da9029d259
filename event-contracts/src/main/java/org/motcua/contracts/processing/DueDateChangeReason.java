package org.motcua.contracts.processing;

/** Why a case's deadline moved. */
public enum DueDateChangeReason {
    /** Supplement received: the processing time counts again from the beginning (Decree 61/2018 Art 19(4)). */
    SUPPLEMENT_RESTART,
    /** Supplement received: the clock resumes; the deadline moves by the paused working time. */
    SUPPLEMENT_RESUME,
    /** Apology letter (form 04) with a new appointment date. */
    EXTENSION
}
