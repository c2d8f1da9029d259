package org.motcua.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.security.Roles;
import org.motcua.reporting.service.RebuildService;
import org.motcua.reporting.service.RebuildStatus;

@Path("/api/v1/admin/rebuild")
@Tag(name = "Operations — Vận hành")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject
    RebuildService service;

    @POST
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Drop the read model and replay the intake and processing topics from the beginning — "
            + "Xóa dữ liệu báo cáo và phát lại các sự kiện tiếp nhận, xử lý từ đầu")
    public Response start(@Context HttpHeaders headers, @Context UriInfo uri) {
        NoInput.check(headers, uri, "thao tác dựng lại không nhận");
        return Response.accepted(service.start()).build();
    }

    @GET
    @RolesAllowed({Roles.OPS, Roles.AUDITOR})
    @Operation(summary = "Progress of the last rebuild — Tiến độ lần dựng lại gần nhất")
    public RebuildStatus status() {
        return service.status();
    }
}
