package org.motcua.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.reporting.domain.Form06Figures;

/** The public dashboard's data: aggregated figures only, no personal data. */
@Schema(description = "Public dashboard — Bảng theo dõi công khai")
public record DashboardView(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Day the overdue list is computed for — ngày tính hồ sơ quá hạn") LocalDate asOf,
        String agency,
        OffsetDateTime generatedAt,
        @Schema(description = "Totals of form 06 — tổng hợp mẫu 06") Form06Figures total,
        @Schema(description = "On-time rate per month — tỷ lệ đúng hạn theo tháng") List<Month> monthly,
        @Schema(description = "Dossiers received per channel — hồ sơ tiếp nhận theo kênh") List<ChannelCount> channels,
        @Schema(description = "Per field — theo lĩnh vực") List<FieldRow> fields,
        @Schema(description = "Overdue dossiers — hồ sơ quá hạn") List<OverdueItem> overdue) {

    public record Month(String month, String label, long resolved, long resolvedEarlyOrOnTime, BigDecimal onTimeRate) {
    }

    public record ChannelCount(String channel, String label, long received) {
    }

    public record FieldRow(String code, String name, long received, long resolved, long inProgress,
            long inProgressOverdue, BigDecimal onTimeRate) {
    }

    /** Dossier code, procedure and field only: the public list names no applicant. */
    public record OverdueItem(String dossierCode, String procedure, String field, long daysOverdue) {
    }
}
