package org.motcua.intake.domain;

/** One offending input: its JSON path (e.g. {@code applicant.identityNumber}) and the reason in Vietnamese. */
public record Violation(String field, String reason) {
}
