package org.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.motcua.contracts.Channel;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.catalog.ProcessingTime;

/**
 * The rules of one version's content beyond its shape: processing times are not negative and the committed
 * (shortened) time is not longer than the statutory one in the same unit; per-channel overrides only name
 * channels the procedure offers; component codes are unique; the period is well ordered.
 */
public final class DefinitionRules {

    private DefinitionRules() {
    }

    /** @throws RuleViolation listing every broken rule */
    public static void check(ProcedureVersion version) {
        List<Violation> violations = new ArrayList<>();
        try {
            Timeline.checkPeriod(version.effectiveFrom(), version.effectiveTo());
        } catch (RuleViolation e) {
            violations.addAll(e.violations());
        }
        checkTime("processingTime", version.processingTime(), violations);
        Map<Channel, ProcessingTime> overrides = version.processingTimeByChannel();
        if (overrides != null) {
            overrides.forEach((channel, time) -> {
                String path = "processingTimeByChannel." + channel;
                if (version.channels() != null && !version.channels().isEmpty() && !version.channels().contains(channel)) {
                    violations.add(new Violation(path, "Kênh " + channel + " không nằm trong các kênh tiếp nhận của thủ tục."));
                }
                checkTime(path, time, violations);
            });
        }
        if (version.components() != null) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < version.components().size(); i++) {
                DossierComponent component = version.components().get(i);
                if (component != null && !codes.add(component.code())) {
                    violations.add(new Violation("components[" + i + "].code",
                            "Mã thành phần hồ sơ '" + component.code() + "' bị trùng."));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, "Nội dung thủ tục không hợp lệ: "
                    + violations.get(0).reason(), violations);
        }
    }

    private static void checkTime(String path, ProcessingTime time, List<Violation> violations) {
        if (time == null || time.statutory() == null || time.committed() == null) {
            violations.add(new Violation(path, "Cần thời hạn giải quyết theo quy định và thời hạn cam kết."));
            return;
        }
        checkDuration(path + ".statutory", time.statutory(), violations);
        checkDuration(path + ".committed", time.committed(), violations);
        ProcessingDuration statutory = time.statutory();
        ProcessingDuration committed = time.committed();
        if (statutory.unit() == committed.unit() && committed.value() > statutory.value()) {
            violations.add(new Violation(path + ".committed", "Thời hạn cam kết (" + committed.value()
                    + ") không được dài hơn thời hạn theo quy định (" + statutory.value() + ")."));
        }
    }

    private static void checkDuration(String path, ProcessingDuration duration, List<Violation> violations) {
        if (duration.unit() == null) {
            violations.add(new Violation(path + ".unit", "Cần đơn vị thời hạn (WORKING_DAYS, CALENDAR_DAYS, WORKING_HOURS)."));
        }
        if (duration.value() < 0) {
            violations.add(new Violation(path + ".value", "Thời hạn không được âm."));
        }
    }
}
