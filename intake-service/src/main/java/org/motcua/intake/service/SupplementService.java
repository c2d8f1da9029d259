package org.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.Document;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.domain.IntakeCheck;
import org.motcua.intake.domain.InvalidInput;
import org.motcua.intake.domain.SupplementRule;
import org.motcua.intake.domain.Violation;
import org.motcua.intake.events.DossierEvents;
import org.motcua.intake.repository.DossierRepository;
import org.motcua.intake.repository.ProcedureReplica;

/** The applicant's supplementary documents (bổ sung hồ sơ), at intake or asked for by processing. */
@ApplicationScoped
public class SupplementService {

    @Inject
    DossierRepository dossiers;
    @Inject
    ProcedureReplica procedures;
    @Inject
    DossierEvents events;
    @Inject
    CalendarProvider calendars;

    @Transactional
    public Dossier provide(String code, List<Document> documents) {
        Dossier d = dossiers.find(code).orElseThrow(() -> DossierLookup.notFound(code));
        if (d.procedureVersion != null) {
            procedures.version(d.procedureCode, d.procedureVersion).ifPresent(v -> checkComponents(v, documents));
        }
        Set<String> provided = documents.stream().map(Document::componentCode).collect(Collectors.toSet());
        SupplementRule.Decision decision = SupplementRule.decide(d.status, d.inProcessing, d.missingCodes(),
                d.processingMissing, provided);
        OffsetDateTime now = VietnamTime.now();
        List<Document> all = new ArrayList<>(d.documents);
        all.addAll(documents);
        d.documents = all;
        List<String> codes = documents.stream().map(Document::componentCode).distinct().toList();
        switch (decision.action()) {
            case COMPLETES_AT_INTAKE -> {
                d.missingComponents = new ArrayList<>();
                d.status(DossierStatus.RECEIVED);
                d.completedAt = now;
                DossierFactory.setDue(d, calendars.calendar(), now);
                events.supplementProvided(code, codes, true, now);
                events.received(d);
            }
            case STILL_INCOMPLETE_AT_INTAKE -> {
                d.missingComponents = new ArrayList<>(d.missingComponents.stream()
                        .filter(c -> decision.stillMissing().contains(c.code())).toList());
                events.supplementProvided(code, codes, false, now);
            }
            case FORWARDED_TO_PROCESSING -> {
                d.processingMissing = decision.stillMissing();
                events.supplementProvided(code, codes, decision.complete(), now);
            }
        }
        return d;
    }

    private static void checkComponents(ProcedureVersion version, List<Document> documents) {
        List<Violation> unknown = IntakeCheck.unknownComponents(version, documents, "documents");
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
    }
}
