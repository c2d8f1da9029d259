package org.motcua.processing.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.Decision;

/**
 * What the caller asks for. {@code occurredAt} null means now. Fields that the action does not use are ignored.
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
        List<String> missingComponents) {

    public ActionInput {
        missingComponents = missingComponents == null ? List.of() : List.copyOf(missingComponents);
    }

    public static ActionInput of(CaseAction action, OffsetDateTime occurredAt) {
        return new ActionInput(action, occurredAt, null, null, null, null, null, null, List.of());
    }

    public ActionInput withReason(String text) {
        return new ActionInput(action, occurredAt, unit, officer, decision, text, newDueDate, channel,
                missingComponents);
    }
}
