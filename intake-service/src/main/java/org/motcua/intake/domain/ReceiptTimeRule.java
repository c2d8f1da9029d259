package org.motcua.intake.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.motcua.contracts.Channel;

/**
 * When a dossier counts as received. Without {@code receivedAt}: now. With it: the postmark (POSTAL) or the
 * portal's submission time (ONLINE); on the DIRECT channel only an intake officer may give it, to record a
 * desk receipt entered late (the reference case's dossier "entered in the software late" keeps its real
 * receipt time). Never in the future, beyond a small clock-skew tolerance between the portal and us.
 */
public final class ReceiptTimeRule {
    private ReceiptTimeRule() {
    }

    public static OffsetDateTime receivedAt(OffsetDateTime requested, Channel channel, boolean intakeOfficer,
            OffsetDateTime now, Duration clockSkew) {
        if (requested == null) {
            return now;
        }
        if (requested.isAfter(now.plus(clockSkew))) {
            throw InvalidInput.of("receivedAt", "thời điểm tiếp nhận không được ở tương lai");
        }
        if (channel == Channel.DIRECT && !intakeOfficer) {
            throw InvalidInput.of("receivedAt", "chỉ cán bộ tiếp nhận được ghi thời điểm tiếp nhận trực tiếp đã qua");
        }
        return requested.isAfter(now) ? now : requested;
    }
}
