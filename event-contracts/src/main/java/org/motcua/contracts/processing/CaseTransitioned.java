package org.motcua.contracts.processing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.contracts.Channel;

/**
 * One transition of a case's state machine. {@code occurredAt} is the business time (classification
 * uses it); {@code recordedAt} is when it was entered, by {@code recordedBy}. {@code dueDate}/{@code dueAt}
 * are the case's deadline after the transition. Optional fields are null when the action has none:
 * {@code unit}/{@code officer} (ASSIGN), {@code decision} (APPROVE, REFUSE), {@code reason}
 * (REQUEST_SUPPLEMENT, EXTEND, STOP, WITHDRAW), {@code missingComponents} (REQUEST_SUPPLEMENT),
 * {@code channel} (RETURN_RESULT). {@code flags} marks irregularities, e.g. LATE_SUPPLEMENT_REQUEST.
 */
public record CaseTransitioned(
        String dossierCode,
        String procedureCode,
        String agencyCode,
        String fieldCode,
        CaseAction action,
        CaseState fromState,
        CaseState toState,
        int nationalStatusCode,
        Actor actor,
        String unit,
        String officer,
        Decision decision,
        String reason,
        List<String> missingComponents,
        Channel channel,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        List<String> flags,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
