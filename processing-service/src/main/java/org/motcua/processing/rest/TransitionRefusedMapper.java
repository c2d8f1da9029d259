package org.motcua.processing.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motcua.commons.problem.Problem;
import org.motcua.processing.domain.TransitionRefused;

/** A refused transition as a problem: 403 role, 409 state (with {@code allowedActions}), 400 input, 422 rule. */
public class TransitionRefusedMapper {

    @ServerExceptionMapper
    public Response refused(TransitionRefused e, UriInfo uri) {
        Problem problem = switch (e.kind()) {
            case FORBIDDEN -> Problem.of(403, "Forbidden", e.detail());
            case NOT_ALLOWED -> Problem.of(409, "Action not allowed in this state", e.detail())
                    .with("allowedActions", e.allowedActions());
            case INVALID -> Problem.of(400, "Invalid request", e.detail());
            case RULE -> Problem.of(422, "Business rule violated", e.detail());
        };
        problem = problem.withErrors(e.problems().stream()
                .map(p -> new Problem.FieldError(p.field(), p.reason())).toList()).withInstance(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
