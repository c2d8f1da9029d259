package org.motcua.processing.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.motcua.commons.outbox.Outbox;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.processing.Actor;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DeadlineAlert;
import org.motcua.contracts.processing.Decision;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.processing.Case;
import org.motcua.processing.CaseStep;

/** Maps a case and its steps to the contract records of {@code processing.cases.v1}, through the outbox. */
@ApplicationScoped
public class CaseEvents {

    @Inject
    Outbox outbox;

    public void transitioned(Case c, CaseStep step) {
        Decision decision = step.decisionNumber == null && step.decisionDate == null && step.decisionSigner == null
                ? null
                : new Decision(step.decisionNumber, step.decisionDate, step.decisionSigner, step.decisionReason);
        CaseTransitioned data = new CaseTransitioned(c.dossierCode, c.procedureCode, c.agencyCode, c.fieldCode,
                step.action, step.fromState, step.toState, step.toState.nationalStatusCode,
                new Actor(step.recordedBy, step.recordedRole, step.recordedUnit),
                c.unit, c.officer, decision, step.reason, split(step.missingComponents, "\n"), step.channel,
                step.dueDateAfter, vn(step.dueAtAfter), split(step.flags, ","), vn(step.occurredAt),
                vn(step.recordedAt));
        outbox.append(Topics.CASES, EventTypes.CASE_TRANSITIONED, c.dossierCode, data, vn(step.recordedAt));
    }

    public void dueDateChanged(Case c, CaseStep step) {
        DueDateChanged data = new DueDateChanged(c.dossierCode, step.dueDateBefore, vn(step.dueAtBefore),
                step.dueDateAfter, vn(step.dueAtAfter), step.dueChangeReason, step.dueChangeText,
                vn(step.occurredAt), vn(step.recordedAt));
        outbox.append(Topics.CASES, EventTypes.DUE_DATE_CHANGED, c.dossierCode, data, vn(step.recordedAt));
    }

    public void deadlineAlert(String type, Case c, OffsetDateTime now) {
        DeadlineAlert data = new DeadlineAlert(c.dossierCode, c.state, c.unit, c.officer, c.dueDate, vn(c.dueAt),
                vn(now), vn(now));
        outbox.append(Topics.CASES, type, c.dossierCode, data, vn(now));
    }

    static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : VietnamTime.at(t.toInstant());
    }
}
