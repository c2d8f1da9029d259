package org.motcua.processing.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.Decision;

/**
 * What the caller asks for. {@code occurredAt} null means now. Fields that the action does not use are ignored.
 * {@code recordedAt} (null almost always) is the legacy recording time of a migrated step: only the data migration
 * (role {@code ops}) may give it.
 */
public record ActionInput(
        CaseAction action,
        OffsetDateTime occurredAt,
        String unit,
        String officer,
        Decision decision,
        String reason,
        LocalDate newDueDate,
        Channel channel,
        List<String> missingComponents,
        OffsetDateTime recordedAt) {

    public ActionInput {
        missingComponents = missingComponents == null ? List.of() : List.copyOf(missingComponents);
    }

    /** An ordinary (not migrated) action. */
    public ActionInput(CaseAction action, OffsetDateTime occurredAt, String unit, String officer, Decision decision,
            String reason, LocalDate newDueDate, Channel channel, List<String> missingComponents) {
        this(action, occurredAt, unit, officer, decision, reason, newDueDate, channel, missingComponents, null);
    }

    public static ActionInput of(CaseAction action, OffsetDateTime occurredAt) {
        return new ActionInput(action, occurredAt, null, null, null, null, null, null, List.of());
    }

    public ActionInput withReason(String text) {
        return new ActionInput(action, occurredAt, unit, officer, decision, text, newDueDate, channel,
                missingComponents, recordedAt);
    }
}
