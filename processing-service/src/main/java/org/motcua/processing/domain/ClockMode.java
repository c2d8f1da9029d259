package org.motcua.processing.domain;

/**
 * What happens to the processing clock when a requested supplement arrives complete.
 * The clock always stops when a supplement is requested.
 */
public enum ClockMode {
    /** The processing time counts again from the beginning (Decree 61/2018 Art 19(4)). */
    RESTART,
    /** The clock resumes: the due date moves by the working time it was stopped (some provinces). */
    RESUME
}
