package org.motcua.contracts.catalog;

/** Thời hạn giải quyết: the statutory time and the (shortened) time the agency committed to. */
public record ProcessingTime(ProcessingDuration statutory, ProcessingDuration committed) {
}
