package org.motcua.contracts.intake;

import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;

/** Incomplete at intake (national status 5): the complete list of missing mandatory components, once. */
public record SupplementRequestedAtIntake(
        String dossierCode,
        String procedureCode,
        int procedureVersion,
        CodeName agency,
        CodeName field,
        Channel channel,
        OffsetDateTime receivedAt,
        List<CodeName> missingComponents,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
