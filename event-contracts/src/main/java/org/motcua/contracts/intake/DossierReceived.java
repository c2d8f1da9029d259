package org.motcua.contracts.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.ProcessingDuration;

/**
 * A complete dossier was received (national status 2): it has its code and appointment date.
 * Also published when a dossier incomplete at intake is completed by a supplement (then
 * {@code receivedAt} is the completion time). {@code applicantName} is personal data.
 * {@code imported}: migrated from a legacy system by the historical import.
 */
public record DossierReceived(
        String dossierCode,
        String procedureCode,
        int procedureVersion,
        String procedureName,
        CodeName agency,
        CodeName field,
        Channel channel,
        ApplicantType applicantType,
        String applicantName,
        OffsetDateTime receivedAt,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        ProcessingDuration committed,
        ProcessingDuration statutory,
        List<String> componentCodes,
        boolean digitised,
        boolean imported,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
