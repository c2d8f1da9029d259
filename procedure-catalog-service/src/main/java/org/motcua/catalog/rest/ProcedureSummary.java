package org.motcua.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.catalog.domain.VersionStatus;
import org.motcua.catalog.rest.ProcedureJson.CodeNameJson;
import org.motcua.catalog.rest.ProcedureJson.ProcessingTimeJson;
import org.motcua.contracts.catalog.OnlineLevel;

/** One line of the search result: a procedure by its current version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Procedure found — Thủ tục tìm thấy (phiên bản hiện hành)")
public record ProcedureSummary(String code, int version, VersionStatus status, String name, CodeNameJson field,
        CodeNameJson agency, OnlineLevel onlineLevel, ProcessingTimeJson processingTime, LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
