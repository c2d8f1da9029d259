package org.motcua.catalog.domain;

/** One broken rule: the JSON path of the offending input and the reason, in Vietnamese. */
public record Violation(String field, String reason) {

    public Violation prefixed(String prefix) {
        return new Violation(prefix + field, reason);
    }
}
