package org.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.motcua.commons.problem.ProblemException;
import org.motcua.intake.Dossier;
import org.motcua.intake.repository.DossierRepository;

/** Reads one dossier by code, or answers 404. */
@ApplicationScoped
public class DossierLookup {

    @Inject
    DossierRepository dossiers;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dossier get(String code) {
        return dossiers.find(code).orElseThrow(() -> notFound(code));
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("Không tìm thấy hồ sơ có mã " + code + ".");
    }
}
