package org.motcua.reporting.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.reporting.domain.Decision766;
import org.motcua.reporting.domain.Form06Figures;
import org.motcua.reporting.domain.GroupBy;

/** Form 06 for a period: one row per field, procedure or agency, and the total. */
@Schema(description = "Form 06, dossier handling statistics — Mẫu số 06, tình hình, kết quả giải quyết TTHC")
public record Form06Report(
        @Schema(description = "First day, included — ngày bắt đầu kỳ báo cáo") LocalDate from,
        @Schema(description = "Last day, included — ngày kết thúc kỳ báo cáo") LocalDate to,
        @Schema(description = "Row grouping — nhóm theo: FIELD (lĩnh vực), PROCEDURE (thủ tục), AGENCY (cơ quan)")
        GroupBy groupBy,
        @Schema(description = "Agency filter, null for all — mã cơ quan lọc") String agency,
        OffsetDateTime generatedAt,
        List<Row> rows,
        @Schema(description = "Total of all rows — tổng cộng") Form06Figures total,
        @JsonIgnore @Schema(hidden = true) Decision766.Inputs indicatorInputs) {

    /** One row: the code and name of what it counts, and its figures. */
    @Schema(description = "A row of form 06 — một dòng của mẫu số 06")
    public record Row(String code, String name, Form06Figures figures) {
    }
}
