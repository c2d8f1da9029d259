package org.motcua.catalog.domain;

import java.util.List;

/**
 * A business rule of the catalogue is broken. {@link Kind#CONFLICT}: the request clashes with what is already
 * recorded (an overlapping version, a version that is not a draft); {@link Kind#INVALID}: the request itself
 * breaks a rule (an end before a start, a committed time longer than the statutory one).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;
    private final transient List<Violation> violations;

    public RuleViolation(Kind kind, String detail, List<Violation> violations) {
        super(detail);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static RuleViolation invalid(String field, String reason) {
        return new RuleViolation(Kind.INVALID, reason, List.of(new Violation(field, reason)));
    }

    public static RuleViolation conflict(String field, String reason) {
        return new RuleViolation(Kind.CONFLICT, reason, List.of(new Violation(field, reason)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same violation with every field path under {@code prefix}, e.g. {@code procedures[3].versions[0].}. */
    public RuleViolation prefixed(String prefix) {
        return new RuleViolation(kind, getMessage(), violations.stream().map(v -> v.prefixed(prefix)).toList());
    }
}
