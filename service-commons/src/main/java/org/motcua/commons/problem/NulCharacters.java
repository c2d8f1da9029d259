package org.motcua.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path or query parameter holding the NUL character ({@code %00}) is refused with a 400 problem before it
 * reaches a query: PostgreSQL cannot store or compare it and would fail with a server error.
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (uri.getPath().indexOf('\u0000') >= 0) {
            return problem("path", uri.getPath());
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
                return problem(parameter.getKey(), uri.getPath());
            }
        }
        return null;
    }

    private static Response problem(String field, String path) {
        String reason = "chứa ký tự NUL (%00), không được phép";
        return ProblemMappers.respond(Problem.of(400, "Invalid request", "Yêu cầu không hợp lệ: " + field + " "
                + reason + ".").withErrors(List.of(new Problem.FieldError(field, reason))).withInstance(path), null);
    }
}
