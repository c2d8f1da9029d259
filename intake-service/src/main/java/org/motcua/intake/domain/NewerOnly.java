package org.motcua.intake.domain;

import java.time.OffsetDateTime;

/**
 * Processing's events can arrive late or be replayed (a back-dated history): a change is applied only if it
 * happened no earlier than the last one applied. Equal times keep topic order (the later event wins).
 *
 * <p>The rule as it reads; intake applies it in SQL, without loading the dossier
 * ({@code DossierRepository.applyProcessingChange}: {@code at IS NOT NULL AND (last IS NULL OR last <= at)}), so a
 * change to this class must be made there too.
 */
public final class NewerOnly {
    private NewerOnly() {
    }

    public static boolean shouldApply(OffsetDateTime lastApplied, OffsetDateTime occurredAt) {
        return occurredAt != null && (lastApplied == null || !occurredAt.isBefore(lastApplied));
    }
}
