package org.motcua.contracts.processing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Payload of CASE_DUE_SOON and CASE_OVERDUE: published once per case and due date by the deadline watcher.
 */
public record DeadlineAlert(
        String dossierCode,
        CaseState state,
        String unit,
        String officer,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
