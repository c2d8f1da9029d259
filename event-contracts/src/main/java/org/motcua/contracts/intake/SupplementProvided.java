package org.motcua.contracts.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The applicant brought supplementary documents. {@code complete}: nothing mandatory is missing any more;
 * processing then applies its clock rule (restart or resume).
 */
public record SupplementProvided(
        String dossierCode,
        List<String> componentCodes,
        boolean complete,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
