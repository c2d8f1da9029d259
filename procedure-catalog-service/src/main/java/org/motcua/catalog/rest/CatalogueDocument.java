package org.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole catalogue as one JSON document: what the export gives and the import takes. Each procedure's
 * versions carry their {@code status} (PUBLISHED or RETIRED) and period; their {@code code} is the procedure's.
 */
@Schema(description = "Catalogue document — Tài liệu danh mục thủ tục (xuất/nhập)")
public record CatalogueDocument(@NotNull List<@NotNull @Valid Entry> procedures) {

    @Schema(description = "A procedure and its timeline — Thủ tục và các phiên bản")
    public record Entry(@NotBlank String code, @NotEmpty List<@NotNull @Valid ProcedureJson> versions) {
    }
}
