package org.motcua.processing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.commons.inbox.PoisonMessageException;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.processing.Case;
import org.motcua.processing.config.ProcessingConfig;
import org.motcua.processing.domain.ActionInput;
import org.motcua.processing.domain.Caller;
import org.motcua.processing.domain.TransitionOutcome;

/**
 * Opens a case from intake's DossierReceived: state RECEIVED, the appointment date intake gave the applicant,
 * the committed processing time and the clock rule in force for the procedure. A second event for the same
 * dossier code changes nothing. Without a committed time (legacy imports), the working days from the effective
 * receipt day to the due date stand for it; without a due date, it is computed from the committed time.
 */
@ApplicationScoped
public class CaseOpener {

    private static final Logger LOG = Logger.getLogger(CaseOpener.class);

    @Inject
    EntityManager em;
    @Inject
    ProcessingConfig config;
    @Inject
    CalendarReplica calendars;
    @Inject
    StepRecorder steps;

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierReceived received) {
        validate(received);
        if (em.find(Case.class, received.dossierCode()) != null) {
            LOG.debugf("Case %s already open: DossierReceived ignored", received.dossierCode());
            return;
        }
        OffsetDateTime receivedAt = VietnamTime.at(received.receivedAt().toInstant());
        WorkingCalendar calendar = calendars.current();
        DueDate due = received.dueDate() != null
                ? new DueDate(received.dueDate(), received.dueAt() != null ? VietnamTime.at(received.dueAt().toInstant())
                        : calendar.endOfWorkingHours(received.dueDate()))
                : calendar.dueDate(receivedAt, received.committed());
        ProcessingDuration committed = received.committed() != null ? received.committed()
                : new ProcessingDuration(calendar.workingDaysBetween(calendar.effectiveReceiptDay(receivedAt),
                        due.dueDate()), DurationUnit.WORKING_DAYS);
        Case c = new Case();
        c.dossierCode = received.dossierCode();
        c.procedureCode = received.procedureCode();
        c.procedureVersion = received.procedureVersion();
        c.procedureName = received.procedureName();
        c.agencyCode = received.agency() == null ? null : received.agency().code();
        c.agencyName = received.agency() == null ? null : received.agency().name();
        c.fieldCode = received.field() == null ? null : received.field().code();
        c.fieldName = received.field() == null ? null : received.field().name();
        c.channel = received.channel();
        c.receivedAt = receivedAt;
        c.committedValue = committed.value();
        c.committedUnit = committed.unit();
        c.state = CaseState.RECEIVED;
        c.dueDate = due.dueDate();
        c.dueAt = due.dueAt();
        c.originalDueDate = due.dueDate();
        c.clockMode = config.clockFor(received.procedureCode());
        c.lastOccurredAt = receivedAt;
        c.steps = 1;
        c.openedAt = VietnamTime.now();
        em.persist(c);
        TransitionOutcome opened = new TransitionOutcome(CaseAction.OPEN, null, CaseState.RECEIVED, Caller.SYSTEM,
                receivedAt, null, due, null, null, java.util.List.of(), null, 0, 0, false, 0, null);
        steps.record(c, opened, ActionInput.of(CaseAction.OPEN, receivedAt), Caller.system(Caller.SYSTEM),
                VietnamTime.now());
    }

    private static void validate(DossierReceived received) {
        boolean validCommitted = received.committed() != null && received.committed().unit() != null
                && received.committed().value() >= 0;
        if (received.dossierCode() == null || received.dossierCode().isBlank() || received.procedureCode() == null
                || received.receivedAt() == null || (received.dueDate() == null && !validCommitted)
                || (received.committed() != null && !validCommitted)) {
            throw new PoisonMessageException("DossierReceived without dossierCode, procedureCode, receivedAt, or "
                    + "without both a due date and a valid committed duration");
        }
    }
}
