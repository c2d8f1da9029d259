package org.motcua.reporting.export;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.motcua.reporting.domain.Form06Figures;
import org.motcua.reporting.service.Form06Report;

/** The columns of form 06 as the provincial office reads them: Vietnamese headings, in the form's order. */
public final class Form06Columns {
    private Form06Columns() {
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A counted column: its heading and the figure it shows. */
    public record Count(String heading, Function<Form06Figures, Long> value) {
    }

    /** A rate column: its heading and the rate (a decimal, shown as a percentage). */
    public record Rate(String heading, Function<Form06Figures, BigDecimal> value) {
    }

    public static final List<Count> COUNTS = List.of(
            new Count("Tổng số hồ sơ tiếp nhận", Form06Figures::received),
            new Count("Trực tuyến", Form06Figures::receivedOnline),
            new Count("Trực tiếp và bưu chính", Form06Figures::receivedDirectOrPostal),
            new Count("Từ kỳ trước chuyển sang", Form06Figures::carriedOver),
            new Count("Đã giải quyết", Form06Figures::resolved),
            new Count("Trước hạn", Form06Figures::resolvedEarly),
            new Count("Đúng hạn", Form06Figures::resolvedOnTime),
            new Count("Quá hạn", Form06Figures::resolvedLate),
            new Count("Đang giải quyết", Form06Figures::inProgress),
            new Count("Trong hạn", Form06Figures::inProgressWithinDeadline),
            new Count("Quá hạn", Form06Figures::inProgressOverdue),
            new Count("Ghi nhận muộn", Form06Figures::recordedLate));

    public static final List<Rate> RATES = List.of(
            new Rate("Tỷ lệ đúng hạn", Form06Figures::onTimeRate),
            new Rate("Tỷ lệ đúng hạn (tính cả hồ sơ đang giải quyết trong hạn)",
                    Form06Figures::onTimeRateIncludingInProgress));

    /** "STT", the row label heading (Lĩnh vực, Thủ tục hành chính, Cơ quan), "Mã", then the figures. */
    public static List<String> headings(Form06Report report) {
        List<String> headings = new java.util.ArrayList<>(List.of("STT", report.groupBy().heading, "Mã"));
        COUNTS.forEach(c -> headings.add(c.heading()));
        RATES.forEach(r -> headings.add(r.heading() + " (%)"));
        return headings;
    }

    public static String title(Form06Report report) {
        return "Mẫu số 06 — Tình hình, kết quả giải quyết thủ tục hành chính, kỳ báo cáo từ ngày "
                + DAY.format(report.from()) + " đến ngày " + DAY.format(report.to())
                + (report.agency() == null ? "" : ", cơ quan " + report.agency());
    }

    /** A rate as a percentage with two decimals (99.82), empty when undefined. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public static final String TOTAL_LABEL = "Tổng cộng";
}
