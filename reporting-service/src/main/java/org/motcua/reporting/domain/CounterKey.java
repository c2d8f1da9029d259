package org.motcua.reporting.domain;

import java.time.LocalDate;

/** One cell of the daily counters: a Vietnamese calendar day and the dossier's dimensions. */
public record CounterKey(LocalDate day, Dims dims) {
}
