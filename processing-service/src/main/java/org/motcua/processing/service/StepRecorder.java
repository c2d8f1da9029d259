package org.motcua.processing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.motcua.contracts.processing.CaseState;
import org.motcua.processing.Case;
import org.motcua.processing.CaseStep;
import org.motcua.processing.domain.ActionInput;
import org.motcua.processing.domain.Caller;
import org.motcua.processing.domain.TransitionOutcome;
import org.motcua.processing.events.CaseEvents;

/**
 * Writes a transition's step (sequence = the case's step count) and its events in the caller's transaction. A step
 * replayed by the data migration carries the legacy recording time, and who entered it and when in
 * {@code migratedBy}/{@code migratedAt}.
 */
@ApplicationScoped
public class StepRecorder {

    @Inject
    EntityManager em;
    @Inject
    CaseEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseStep record(Case c, TransitionOutcome outcome, ActionInput input, Caller caller,
            OffsetDateTime now) {
        CaseStep step = new CaseStep();
        step.dossierCode = c.dossierCode;
        step.seq = c.steps;
        step.action = outcome.action();
        step.fromState = outcome.fromState();
        step.toState = outcome.toState();
        step.occurredAt = outcome.occurredAt();
        step.recordedAt = outcome.migrated() ? outcome.legacyRecordedAt() : now;
        if (outcome.migrated()) {
            step.migratedBy = caller.subject();
            step.migratedAt = now;
        }
        step.recordedBy = caller.subject();
        step.recordedRole = outcome.actingRole();
        step.recordedUnit = caller.unit();
        step.unit = input.unit();
        step.officer = input.officer();
        if (input.decision() != null) {
            step.decisionNumber = input.decision().number();
            step.decisionDate = input.decision().date();
            step.decisionSigner = input.decision().signer();
            step.decisionReason = input.decision().reason();
        }
        step.reason = input.reason() != null ? input.reason() : step.decisionReason;
        step.missingComponents = input.missingComponents().isEmpty() ? null
                : String.join("\n", input.missingComponents());
        step.channel = input.channel();
        step.flags = outcome.flags().isEmpty() ? null : String.join(",", outcome.flags());
        step.dueDateBefore = outcome.dueBefore() == null ? null : outcome.dueBefore().dueDate();
        step.dueAtBefore = outcome.dueBefore() == null ? null : outcome.dueBefore().dueAt();
        step.dueDateAfter = outcome.dueAfter().dueDate();
        step.dueAtAfter = outcome.dueAfter().dueAt();
        step.dueChangeReason = outcome.dueChange();
        step.dueChangeText = outcome.explanation();
        step.clockPaused = outcome.fromState() == CaseState.SUPPLEMENT_REQUESTED;
        em.persist(step);
        events.transitioned(c, step);
        if (outcome.dueDateChanged()) {
            events.dueDateChanged(c, step);
        }
        return step;
    }
}
