package org.motcua.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.catalog.service.CatalogueEntry;
import org.motcua.catalog.service.CatalogueService;
import org.motcua.catalog.service.ImportReport;
import org.motcua.catalog.service.StoredVersion;
import org.motcua.commons.problem.ProblemException;
import org.motcua.commons.security.Roles;

@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue — Danh mục")
public class CatalogueResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("/export")
    @PermitAll
    @Operation(summary = "Export every published procedure with its timeline — Xuất toàn bộ danh mục thủ tục đã công bố")
    public CatalogueDocument export() {
        return new CatalogueDocument(catalogue.export().stream().map(entry -> new CatalogueDocument.Entry(entry.code(),
                entry.versions().stream().map(v -> ProcedureJsonMapper.toJson(v, false)).toList())).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/import")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(summary = "Import a catalogue document, idempotently, all or nothing — Nhập danh mục (lặp lại không tạo trùng)")
    public ImportReport importCatalogue(@NotNull @Valid CatalogueDocument body) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (int i = 0; i < body.procedures().size(); i++) {
            CatalogueDocument.Entry entry = body.procedures().get(i);
            String code = entry.code().strip();
            if (!code.matches("[\\p{L}\\p{N}._-]{1,64}")) {
                throw ProblemException.badRequest("procedures[" + i + "].code",
                        "mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 64 ký tự).");
            }
            List<StoredVersion> versions = new ArrayList<>();
            for (int j = 0; j < entry.versions().size(); j++) {
                ProcedureJson version = entry.versions().get(j);
                if (version.code() != null && !version.code().equals(code)) {
                    throw ProblemException.badRequest("procedures[" + i + "].versions[" + j + "].code",
                            "mã phiên bản '" + version.code() + "' khác mã thủ tục '" + code + "'.");
                }
                versions.add(ProcedureJsonMapper.toStored(code, version));
            }
            entries.add(new CatalogueEntry(code, versions));
        }
        return catalogue.importCatalogue(entries);
    }
}
