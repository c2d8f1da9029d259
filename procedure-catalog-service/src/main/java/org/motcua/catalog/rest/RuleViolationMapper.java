package org.motcua.catalog.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motcua.catalog.domain.RuleViolation;
import org.motcua.commons.problem.Problem;

/** A broken catalogue rule is a 409 (clashes with what is recorded) or 422 (invalid request) problem. */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response violated(RuleViolation e, UriInfo uri) {
        int status = e.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422;
        Problem problem = Problem.of(status, status == 409 ? "Conflict" : "Business rule violated", e.getMessage())
                .withErrors(e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList())
                .withInstance(uri.getPath());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
