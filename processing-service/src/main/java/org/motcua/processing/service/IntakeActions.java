package org.motcua.processing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.processing.Case;
import org.motcua.processing.domain.ActionInput;
import org.motcua.processing.domain.Caller;
import org.motcua.processing.domain.CaseStateMachine;

/**
 * Transitions driven by intake's events, recorded as the system acting for the intake desk. An event that does
 * not fit the case's state (a supplement for a case not waiting for one, a withdrawal of a finished case) is
 * logged and ignored: the desk acted on its own information, processing keeps its state.
 */
@ApplicationScoped
public class IntakeActions {

    private static final Logger LOG = Logger.getLogger(IntakeActions.class);

    @Inject
    EntityManager em;
    @Inject
    TransitionService transitions;

    @Transactional(Transactional.TxType.MANDATORY)
    public void supplementProvided(SupplementProvided event) {
        if (!event.complete()) {
            return;
        }
        apply(event.dossierCode(), CaseAction.SUPPLEMENT_RECEIVED, event.occurredAt(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawalRequested(WithdrawalRequested event) {
        apply(event.dossierCode(), CaseAction.WITHDRAW, event.occurredAt(), event.reason());
    }

    private void apply(String code, CaseAction action, OffsetDateTime occurredAt, String reason) {
        Case c = code == null ? null : em.find(Case.class, code);
        if (c == null) {
            LOG.infof("%s for %s ignored: no case in processing", action, code);
            return;
        }
        if (CaseStateMachine.next(c.state, action).isEmpty()) {
            LOG.infof("%s for %s ignored: case is %s", action, code, c.state);
            return;
        }
        OffsetDateTime at = occurredAt == null ? VietnamTime.now() : occurredAt;
        if (at.isBefore(c.lastOccurredAt)) {
            at = c.lastOccurredAt;
        }
        if (at.isAfter(VietnamTime.now())) {
            at = VietnamTime.now();
        }
        ActionInput input = new ActionInput(action, at, null, null, null, reason, null, null, List.of());
        transitions.apply(c, input, new Caller(Caller.SYSTEM, java.util.Set.of(Roles.INTAKE_OFFICER), null));
    }
}
