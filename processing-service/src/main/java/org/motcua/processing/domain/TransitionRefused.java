package org.motcua.processing.domain;

import java.util.List;
import org.motcua.contracts.processing.CaseAction;

/**
 * A transition the rules refuse, with the Vietnamese reason. The REST edge turns {@link Kind} into a status:
 * FORBIDDEN 403, NOT_ALLOWED 409 (with the allowed actions), INVALID 400, RULE 422.
 */
public class TransitionRefused extends RuntimeException {

    public enum Kind { FORBIDDEN, NOT_ALLOWED, INVALID, RULE }

    /** One offending input field and why, in Vietnamese. */
    public record FieldProblem(String field, String reason) {
    }

    private final Kind kind;
    private final String detail;
    private final transient List<FieldProblem> problems;
    private final transient List<CaseAction> allowedActions;

    public TransitionRefused(Kind kind, String detail, List<FieldProblem> problems, List<CaseAction> allowedActions) {
        super(kind + ": " + detail);
        this.kind = kind;
        this.detail = detail;
        this.problems = List.copyOf(problems);
        this.allowedActions = List.copyOf(allowedActions);
    }

    static TransitionRefused rule(String field, String reason) {
        return new TransitionRefused(Kind.RULE, reason, List.of(new FieldProblem(field, reason)), List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public List<CaseAction> allowedActions() {
        return allowedActions;
    }
}
