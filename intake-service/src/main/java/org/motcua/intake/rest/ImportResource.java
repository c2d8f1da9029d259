package org.motcua.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.security.Roles;
import org.motcua.intake.service.ImportReport;
import org.motcua.intake.service.ImportService;

@Path("/api/v1/imports/dossiers")
@Tag(name = "Historical import — Chuyển đổi dữ liệu")
public class ImportResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ImportService imports;

    @POST
    @RolesAllowed(Roles.OPS)
    @Consumes({NDJSON, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import legacy dossiers with their original codes (NDJSON or JSON array), idempotent — "
            + "Nhập hồ sơ từ hệ thống cũ, giữ nguyên mã hồ sơ")
    public ImportReport importDossiers(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
            throws IOException {
        boolean ndjson = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON);
        return ImportRefusal.unlessSomethingRecognised(imports.run(body, ndjson));
    }
}
