package org.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.domain.NewerOnly;
import org.motcua.intake.repository.DossierRepository;

/** Applies processing's later changes to the dossier (status, national code, due date), newer ones only. */
@ApplicationScoped
public class ProcessingStatusService {

    private static final Logger LOG = Logger.getLogger(ProcessingStatusService.class);

    @Inject
    DossierRepository dossiers;

    @Transactional(Transactional.TxType.MANDATORY)
    public void transitioned(CaseTransitioned t) {
        Dossier d = dossiers.find(t.dossierCode()).orElse(null);
        if (d == null) {
            LOG.debugf("Case %s is not a dossier of this intake; ignored", t.dossierCode());
            return;
        }
        d.inProcessing = true;
        if (NewerOnly.shouldApply(d.statusChangedAt, t.occurredAt())) {
            d.status(DossierStatus.valueOf(t.toState().name()));
            d.nationalStatusCode = t.nationalStatusCode() > 0 ? t.nationalStatusCode() : t.toState().nationalStatusCode;
            d.statusChangedAt = t.occurredAt();
            if (t.toState() == CaseState.SUPPLEMENT_REQUESTED) {
                d.processingMissing = t.missingComponents() == null ? List.of() : t.missingComponents();
            }
        }
        if (t.dueDate() != null && NewerOnly.shouldApply(d.dueChangedAt, t.occurredAt())) {
            d.dueDate = t.dueDate();
            d.dueAt = t.dueAt();
            d.dueChangedAt = t.occurredAt();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dueDateChanged(DueDateChanged c) {
        Dossier d = dossiers.find(c.dossierCode()).orElse(null);
        if (d == null || !NewerOnly.shouldApply(d.dueChangedAt, c.occurredAt())) {
            return;
        }
        d.dueDate = c.newDueDate();
        d.dueAt = c.newDueAt();
        d.dueChangedAt = c.occurredAt();
    }
}
