package org.motcua.contracts.catalog;

/** How a processing time is counted. */
public enum DurationUnit {
    /** Ngày làm việc. */
    WORKING_DAYS,
    /** Ngày (calendar days). */
    CALENDAR_DAYS,
    /** Giờ làm việc. */
    WORKING_HOURS
}
