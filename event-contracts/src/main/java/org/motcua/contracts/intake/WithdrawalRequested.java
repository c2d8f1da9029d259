package org.motcua.contracts.intake;

import java.time.OffsetDateTime;

/** The applicant asked to withdraw the dossier (national status 7). */
public record WithdrawalRequested(
        String dossierCode,
        String reason,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
