package org.motcua.contracts.processing;

import java.time.LocalDate;

/** Quyết định: an approval or refusal with its number, date, signer and reason. */
public record Decision(String number, LocalDate date, String signer, String reason) {
}
