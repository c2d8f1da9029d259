package org.motcua.commons.problem;

import java.util.List;

/** Thrown by resources and services to answer with a problem document. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 400: one field is wrong. */
    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(Problem.of(400, "Invalid request", "Yêu cầu không hợp lệ: " + reason)
                .withErrors(List.of(new Problem.FieldError(field, reason))));
    }

    /** 422: the request is well-formed but breaks a business rule on these fields. */
    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(422, "Business rule violated", detail).withErrors(errors));
    }

    /** 404. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }

    /** 409: the current state does not allow it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }
}
