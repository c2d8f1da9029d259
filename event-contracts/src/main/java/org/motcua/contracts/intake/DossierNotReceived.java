package org.motcua.contracts.intake;

import java.time.OffsetDateTime;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;

/** Refused at intake (national status 3): unknown or unpublished procedure, wrong agency, channel not offered. */
public record DossierNotReceived(
        String dossierCode,
        String procedureCode,
        CodeName agency,
        CodeName field,
        Channel channel,
        OffsetDateTime receivedAt,
        String reasonCode,
        String reason,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
