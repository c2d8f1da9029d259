package org.motcua.catalog.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a procedure's published timeline (Decree 63/2010 Art 8, as amended: a procedure changes on the
 * date the change takes effect). Published and retired versions never overlap and leave no gap: each ends on
 * the day its successor starts. A new version can only be added after the latest one; publishing it closes the
 * latest one at the new one's start. Only the latest version can be retired, which ends the timeline.
 */
public final class Timeline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Timeline() {
    }

    /** What publishing changes: the version to close, and the day it now ends, if any. */
    public record Closing(int version, LocalDate to) {
    }

    /**
     * Checks that a version in force from {@code from} until {@code to} can be published after {@code published}.
     *
     * @return the previous version to close at {@code from}, if it was open-ended or ended later
     * @throws RuleViolation naming {@code effectiveFrom} (overlap: conflict; gap: invalid) or {@code effectiveTo}
     */
    public static Optional<Closing> publish(List<Slot> published, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Optional<Slot> latest = latest(published);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Slot last = latest.get();
        if (!from.isAfter(last.from())) {
            throw RuleViolation.conflict("effectiveFrom", "Ngày hiệu lực " + day(from)
                    + " chồng lấn với phiên bản " + last.version() + " đã công bố (hiệu lực từ " + day(last.from())
                    + "); phiên bản mới phải có hiệu lực sau ngày đó.");
        }
        if (last.to() != null && from.isAfter(last.to())) {
            throw RuleViolation.invalid("effectiveFrom", "Ngày hiệu lực " + day(from) + " để lại khoảng trống sau khi phiên bản "
                    + last.version() + " hết hiệu lực ngày " + day(last.to()) + ".");
        }
        if (last.to() == null || from.isBefore(last.to())) {
            return Optional.of(new Closing(last.version(), from));
        }
        return Optional.empty();
    }

    /**
     * Checks that {@code version} can be retired (bãi bỏ) so that it is no longer in force from {@code to}.
     *
     * @throws RuleViolation naming {@code version}, {@code status} or {@code effectiveTo}
     */
    public static void retire(List<Slot> published, int version, LocalDate to) {
        Slot slot = published.stream().filter(s -> s.version() == version).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("version", "Phiên bản " + version
                        + " chưa được công bố nên không thể bãi bỏ."));
        if (slot.status() == VersionStatus.RETIRED) {
            throw RuleViolation.conflict("status", "Phiên bản " + version + " đã bị bãi bỏ.");
        }
        if (latest(published).orElseThrow().version() != version) {
            throw RuleViolation.conflict("version", "Chỉ bãi bỏ được phiên bản mới nhất; phiên bản " + version
                    + " đã được thay thế.");
        }
        if (to == null) {
            throw RuleViolation.invalid("effectiveTo", "Cần ngày hết hiệu lực.");
        }
        if (!to.isAfter(slot.from())) {
            throw RuleViolation.invalid("effectiveTo", "Ngày hết hiệu lực " + day(to)
                    + " phải sau ngày bắt đầu hiệu lực " + day(slot.from()) + ".");
        }
        if (slot.to() != null && to.isAfter(slot.to())) {
            throw RuleViolation.invalid("effectiveTo", "Ngày hết hiệu lực " + day(to)
                    + " không được muộn hơn ngày hết hiệu lực đã công bố " + day(slot.to()) + ".");
        }
    }

    /** The version in force on {@code day}, if any. */
    public static Optional<Slot> inForceOn(List<Slot> published, LocalDate day) {
        return published.stream().filter(s -> s.inForceOn(day)).findFirst();
    }

    /** A version's own period: the end, if given, is after the start. */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw RuleViolation.invalid("effectiveFrom", "Cần ngày bắt đầu hiệu lực.");
        }
        if (to != null && !to.isAfter(from)) {
            throw RuleViolation.invalid("effectiveTo", "Ngày hết hiệu lực " + day(to)
                    + " phải sau ngày bắt đầu hiệu lực " + day(from) + ".");
        }
    }

    private static Optional<Slot> latest(List<Slot> published) {
        return published.stream().max(Comparator.comparing(Slot::from));
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }
}
