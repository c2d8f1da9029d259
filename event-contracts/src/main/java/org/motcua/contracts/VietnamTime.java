package org.motcua.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Asia/Ho_Chi_Minh: the zone of every business date and time of the suite. */
public final class VietnamTime {
    private VietnamTime() {
    }

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static OffsetDateTime at(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime now() {
        return at(Instant.now());
    }
}
