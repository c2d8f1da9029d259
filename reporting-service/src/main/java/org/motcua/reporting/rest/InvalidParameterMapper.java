package org.motcua.reporting.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motcua.commons.problem.Problem;
import org.motcua.reporting.domain.InvalidParameter;

/** A query parameter broken by a domain rule: 400 problem naming the parameter. */
public class InvalidParameterMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidParameter e, UriInfo uri) {
        Problem problem = Problem.of(400, "Invalid request", "Tham số không hợp lệ: " + e.reason())
                .withErrors(List.of(new Problem.FieldError(e.parameter(), e.reason())))
                .withInstance(uri.getPath());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
