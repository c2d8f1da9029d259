package org.motcua.contracts.processing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case's deadline moved, with the reason. */
public record DueDateChanged(
        String dossierCode,
        LocalDate oldDueDate,
        OffsetDateTime oldDueAt,
        LocalDate newDueDate,
        OffsetDateTime newDueAt,
        DueDateChangeReason reason,
        String explanation,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
