package org.motcua.intake.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motcua.commons.problem.Problem;
import org.motcua.intake.domain.InvalidInput;
import org.motcua.intake.domain.NotAllowed;

/** Answers the domain's exceptions as problems: bad input 400 naming each field, a refused action 409. */
public class Problems {

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.reason())).toList();
        return response(Problem.of(400, "Invalid request", "Dữ liệu gửi lên không hợp lệ: "
                + e.violations().get(0).field() + " " + e.violations().get(0).reason() + ".").withErrors(errors),
                uri.getPath());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowed e, UriInfo uri) {
        return response(Problem.of(409, "Conflict", e.getMessage()), uri.getPath());
    }

    static Response response(Problem problem, String path) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(path)).build();
    }
}
