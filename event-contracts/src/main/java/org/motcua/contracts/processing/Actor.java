package org.motcua.contracts.processing;

/** Who did it: the token's subject (personal data), role and unit; {@code system} for automatic actions. */
public record Actor(String subject, String role, String unit) {
}
