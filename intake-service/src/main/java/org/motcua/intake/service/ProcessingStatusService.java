package org.motcua.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.repository.DossierRepository;
import org.motcua.intake.repository.ProcessingChange;

/**
 * Applies processing's later changes to the dossier (status, national code, due date), newer ones only (see
 * {@link org.motcua.intake.domain.NewerOnly}), each as one UPDATE: this runs for every event of every case, and
 * loading the dossier with its documents to rewrite it whole doubled intake's CPU per dossier under load.
 */
@ApplicationScoped
public class ProcessingStatusService {

    private static final Logger LOG = Logger.getLogger(ProcessingStatusService.class);

    @Inject
    DossierRepository dossiers;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void transitioned(CaseTransitioned t) {
        DossierStatus status = DossierStatus.valueOf(t.toState().name());
        int nationalCode = t.nationalStatusCode() > 0 ? t.nationalStatusCode() : t.toState().nationalStatusCode;
        String missing = t.toState() == CaseState.SUPPLEMENT_REQUESTED
                ? toJson(t.missingComponents() == null ? List.of() : t.missingComponents()) : null;
        boolean dueChanged = t.dueDate() != null;
        apply(new ProcessingChange(t.dossierCode(), t.occurredAt(), status, nationalCode, missing,
                dueChanged, t.dueDate(), t.dueAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dueDateChanged(DueDateChanged c) {
        apply(new ProcessingChange(c.dossierCode(), c.occurredAt(), null, 0, null,
                true, c.newDueDate(), c.newDueAt()));
    }

    private void apply(ProcessingChange change) {
        if (!dossiers.applyProcessingChange(change)) {
            LOG.debugf("Case %s is not a dossier of this intake; ignored", change.dossierCode());
        }
    }

    private String toJson(List<String> missing) {
        try {
            return json.writeValueAsString(missing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of codes is always JSON", e);
        }
    }
}
