package org.motcua.contracts.catalog;

import java.time.LocalDate;

/** A day with the reason it is special, e.g. 2020-01-24 "Tết Nguyên đán". */
public record DatedReason(LocalDate date, String reason) {
}
