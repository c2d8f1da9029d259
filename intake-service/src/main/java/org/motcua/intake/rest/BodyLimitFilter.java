package org.motcua.intake.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.motcua.commons.problem.Problem;
import org.motcua.intake.config.IntakeConfig;

/**
 * A 413 problem for a request body above {@code motcua.intake.max-body-size} declared by Content-Length, on
 * every path but the historical import (whose batches are large and bounded by quarkus.http.limits).
 */
public class BodyLimitFilter {

    /** Resolved per request: the filter is created before the runtime configuration mappings exist. */
    @Inject
    Instance<IntakeConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || request.getUriInfo().getPath().startsWith("/api/v1/imports")) {
            return null;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        long max = config.get().maxBodySize().asLongValue();
        if (declared <= max) {
            return null;
        }
        return Problems.response(Problem.of(413, "Payload too large", "Nội dung yêu cầu quá lớn: tối đa "
                + max / 1024 + " KB.").withErrors(List.of(new Problem.FieldError("body",
                        "vượt quá " + max / 1024 + " KB"))), request.getUriInfo().getPath());
    }
}
