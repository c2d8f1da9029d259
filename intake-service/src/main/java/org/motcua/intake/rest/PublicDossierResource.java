package org.motcua.intake.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.problem.Problem;
import org.motcua.intake.service.DossierLookup;
import org.motcua.intake.service.PublicLookupLimiter;

@Path("/api/v1/public/dossiers")
@Tag(name = "Public look-up — Tra cứu công khai")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDossierResource {

    @Inject
    DossierLookup lookup;
    @Inject
    PublicLookupLimiter limiter;

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "Dossier status by code, without personal data — Tra cứu tình trạng hồ sơ theo mã")
    public Response get(@PathParam("code") String code, @Context HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        long wait = limiter.secondsToWait(client);
        if (wait > 0) {
            return Response.fromResponse(Problems.response(Problem.of(429, "Too many requests",
                    "Bạn tra cứu quá nhiều lần trong thời gian ngắn, vui lòng thử lại sau " + wait + " giây."),
                    "/api/v1/public/dossiers/" + code)).header("Retry-After", String.valueOf(wait)).build();
        }
        return Response.ok(PublicDossierView.of(lookup.get(code))).build();
    }
}
