package org.motcua.intake.domain;

import java.util.List;

/** The request breaks a validation rule on these fields: nothing is recorded (answered as 400). */
public class InvalidInput extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String reason) {
        return new InvalidInput(List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
