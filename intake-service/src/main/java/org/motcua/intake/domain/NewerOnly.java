package org.motcua.intake.domain;

import java.time.OffsetDateTime;

/**
 * Processing's events can arrive late or be replayed (a back-dated history): a change is applied only if it
 * happened no earlier than the last one applied. Equal times keep topic order (the later event wins).
 */
public final class NewerOnly {
    private NewerOnly() {
    }

    public static boolean shouldApply(OffsetDateTime lastApplied, OffsetDateTime occurredAt) {
        return occurredAt != null && (lastApplied == null || !occurredAt.isBefore(lastApplied));
    }
}
