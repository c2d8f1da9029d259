package org.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The service indicators of Decision 766/QĐ-TTg (2022), 100 points, as far as the events measure them:
 * processing progress (20), online services (12), digitisation (22). Transparency (18), online payment
 * (10) and satisfaction (18) need data the suite does not publish yet: reported as not measured.
 */
public final class Decision766 {
    private Decision766() {
    }

    /** Counts the indicators are computed from. */
    public record Inputs(long resolved, long resolvedInTime, long inProgress, long inProgressInTime, long received,
            long receivedOnline, long digitised) {
    }

    /** One indicator: its weight, whether measured, its rate and points, and how it is computed. */
    public record Indicator(String code, String name, int weight, boolean measured, Long numerator, Long denominator,
            BigDecimal rate, BigDecimal fullPointsAt, BigDecimal points, String formula) {
    }

    public static final BigDecimal ONLINE_TARGET = new BigDecimal("0.50");
    public static final BigDecimal DIGITISATION_TARGET = new BigDecimal("0.80");

    public static List<Indicator> indicators(Inputs in) {
        return List.of(
                notMeasured("TRANSPARENCY", "Công khai, minh bạch", 18,
                        "Chưa đo: cần dữ liệu công khai thủ tục và trạng thái hồ sơ trên Cổng dịch vụ công."),
                measured("PROGRESS", "Tiến độ giải quyết", 20, in.resolvedInTime() + in.inProgressInTime(),
                        in.resolved() + in.inProgress(), BigDecimal.ONE,
                        "(Số hồ sơ giải quyết trước hạn, đúng hạn + số hồ sơ đang giải quyết còn trong hạn) / "
                                + "(số hồ sơ đã giải quyết + số hồ sơ đang giải quyết) trong kỳ; thời gian chờ bổ sung "
                                + "không tính (hạn giải quyết được tính lại khi nhận đủ hồ sơ); hồ sơ bị yêu cầu bổ sung "
                                + "quá một lần tính là quá hạn. Điểm = 20 × tỷ lệ."),
                measured("ONLINE", "Cung cấp dịch vụ trực tuyến", 12, in.receivedOnline(), in.received(),
                        ONLINE_TARGET, "Số hồ sơ tiếp nhận trực tuyến / tổng số hồ sơ tiếp nhận trong kỳ; "
                                + "đạt 50 % được đủ 12 điểm, dưới đó điểm tỷ lệ thuận."),
                notMeasured("ONLINE_PAYMENT", "Thanh toán trực tuyến", 10,
                        "Chưa đo: các sự kiện chưa có dữ liệu thanh toán trực tuyến."),
                measured("DIGITISATION", "Số hóa hồ sơ", 22, in.digitised(), in.received(), DIGITISATION_TARGET,
                        "Số hồ sơ tiếp nhận có thành phần được số hóa / tổng số hồ sơ tiếp nhận trong kỳ; "
                                + "đạt 80 % được đủ 22 điểm, dưới đó điểm tỷ lệ thuận."),
                notMeasured("SATISFACTION", "Mức độ hài lòng", 18,
                        "Chưa đo: cần dữ liệu đánh giá hài lòng và phản ánh, kiến nghị."));
    }

    /** The sum of the points of the measured indicators. */
    public static BigDecimal points(List<Indicator> indicators) {
        return indicators.stream().filter(Indicator::measured).map(Indicator::points)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of the weights of the measured indicators: the maximum the points above could reach. */
    public static int measuredWeight(List<Indicator> indicators) {
        return indicators.stream().filter(Indicator::measured).mapToInt(Indicator::weight).sum();
    }

    private static Indicator measured(String code, String name, int weight, long numerator, long denominator,
            BigDecimal fullAt, String formula) {
        if (denominator == 0) {
            return new Indicator(code, name, weight, false, numerator, denominator, null, fullAt, null,
                    formula + " Chưa đo: không có hồ sơ trong kỳ.");
        }
        BigDecimal rate = Rates.ratio(numerator, denominator);
        BigDecimal exact = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
        BigDecimal share = exact.divide(fullAt, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        BigDecimal points = share.multiply(BigDecimal.valueOf(weight)).setScale(2, RoundingMode.HALF_UP);
        return new Indicator(code, name, weight, true, numerator, denominator, rate, fullAt, points, formula);
    }

    private static Indicator notMeasured(String code, String name, int weight, String why) {
        return new Indicator(code, name, weight, false, null, null, null, null, null, why);
    }
}
