package org.motcua.processing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.hibernate.StaleStateException;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.processing.Case;
import org.motcua.processing.CaseStep;
import org.motcua.processing.domain.ActionInput;
import org.motcua.processing.domain.Caller;
import org.motcua.processing.domain.CaseWorkflow;
import org.motcua.processing.domain.TransitionOutcome;

/**
 * Applies a transition: load the case, let the workflow decide, save the case (optimistic lock checked at once),
 * write the step and its events. A concurrent change by someone else is a 409.
 */
@ApplicationScoped
public class TransitionService {

    @Inject
    EntityManager em;
    @Inject
    CalendarReplica calendars;
    @Inject
    StepRecorder steps;

    /** @throws org.motcua.processing.domain.TransitionRefused when the rules refuse it */
    @Transactional
    public CaseStep apply(String dossierCode, ActionInput input, Caller caller) {
        Case c = em.find(Case.class, dossierCode);
        if (c == null) {
            throw ProblemException.notFound("Không tìm thấy hồ sơ " + dossierCode + ".");
        }
        return apply(c, input, caller);
    }

    /** Applies to a case already loaded in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseStep apply(Case c, ActionInput input, Caller caller) {
        OffsetDateTime now = VietnamTime.now();
        TransitionOutcome outcome = CaseWorkflow.decide(c.snapshot(), input, caller, calendars.current(), now);
        boolean assign = outcome.action() == CaseAction.ASSIGN;
        c.apply(outcome, assign ? input.unit() : null, assign ? input.officer() : null);
        flushOrConflict(c);
        return steps.record(c, outcome, input, caller, now);
    }

    private void flushOrConflict(Case c) {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.conflict("Hồ sơ " + c.dossierCode
                    + " vừa được người khác cập nhật; vui lòng tải lại và thực hiện lại thao tác.");
        }
    }
}
