package org.motcua.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.reporting.domain.Decision766;

/** The Decision 766 indicators of a period. */
@Schema(description = "Decision 766 service indicators — Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)")
public record IndicatorReport(
        LocalDate from,
        LocalDate to,
        String agency,
        OffsetDateTime generatedAt,
        List<Decision766.Indicator> indicators,
        @Schema(description = "Points of the measured indicators — tổng điểm các chỉ số đã đo") BigDecimal points,
        @Schema(description = "Weight of the measured indicators — tổng trọng số các chỉ số đã đo") int measuredWeight,
        @Schema(description = "Maximum of the whole set — điểm tối đa của bộ chỉ số") int maxPoints) {
}
