package org.motcua.contracts.catalog;

/** A processing time: a value and its unit, e.g. 15 WORKING_DAYS. */
public record ProcessingDuration(int value, DurationUnit unit) {
}
