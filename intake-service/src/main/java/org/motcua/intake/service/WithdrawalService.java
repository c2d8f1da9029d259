package org.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.motcua.contracts.VietnamTime;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.domain.WithdrawalRule;
import org.motcua.intake.events.DossierEvents;
import org.motcua.intake.repository.DossierRepository;

/** The applicant asks to withdraw the dossier (national status 7); processing stops the case. */
@ApplicationScoped
public class WithdrawalService {

    @Inject
    DossierRepository dossiers;
    @Inject
    DossierEvents events;

    @Transactional
    public Dossier request(String code, String reason) {
        Dossier d = dossiers.find(code).orElseThrow(() -> DossierLookup.notFound(code));
        WithdrawalRule.check(d.status);
        OffsetDateTime now = VietnamTime.now();
        d.status(DossierStatus.WITHDRAWAL_REQUESTED);
        d.reason = reason;
        d.statusChangedAt = now;
        events.withdrawalRequested(code, reason, now);
        return d;
    }
}
