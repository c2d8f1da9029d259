package org.motcua.intake.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.commons.outbox.Outbox;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.intake.DossierNotReceived;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.SupplementRequestedAtIntake;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.Document;

/**
 * Maps dossiers to the intake contract and appends the events to the outbox (topic {@code intake.dossiers.v1},
 * key = dossier code). Personal data stays out: only the applicant's type and name travel.
 */
@ApplicationScoped
public class DossierEvents {

    @Inject
    Outbox outbox;

    /** Whichever event announces the intake outcome: received, supplement requested or not received. */
    public void outcome(Dossier d) {
        switch (d.status) {
            case RECEIVED -> received(d);
            case SUPPLEMENT_REQUESTED -> supplementRequested(d);
            case NOT_RECEIVED -> notReceived(d);
            default -> throw new IllegalStateException("Not an intake outcome: " + d.status);
        }
    }

    /** {@code receivedAt}/{@code occurredAt}: the completion time for a dossier completed by a supplement. */
    public void received(Dossier d) {
        OffsetDateTime at = VietnamTime.at((d.completedAt != null ? d.completedAt : d.receivedAt).toInstant());
        append(d.code, EventTypes.DOSSIER_RECEIVED, new DossierReceived(d.code, d.procedureCode,
                d.procedureVersion == null ? 0 : d.procedureVersion, d.procedureName, d.agency(), d.field(), d.channel,
                d.applicantType, d.applicantName, at, d.dueDate, vn(d.dueAt),
                d.processingTime == null ? null : d.processingTime.committed(),
                d.processingTime == null ? null : d.processingTime.statutory(),
                componentCodes(d), !d.documents.isEmpty() && d.documents.stream().allMatch(Document::digitised),
                d.imported, at, vn(d.recordedAt)));
    }

    public void supplementRequested(Dossier d) {
        append(d.code, EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE, new SupplementRequestedAtIntake(d.code,
                d.procedureCode, d.procedureVersion == null ? 0 : d.procedureVersion, d.agency(), d.field(), d.channel,
                vn(d.receivedAt), d.missingComponents, vn(d.receivedAt), vn(d.recordedAt)));
    }

    public void notReceived(Dossier d) {
        append(d.code, EventTypes.DOSSIER_NOT_RECEIVED, new DossierNotReceived(d.code, d.procedureCode, d.agency(),
                d.field(), d.channel, vn(d.receivedAt), d.reasonCode, d.reason, vn(d.receivedAt), vn(d.recordedAt)));
    }

    public void supplementProvided(String code, List<String> componentCodes, boolean complete, OffsetDateTime at) {
        append(code, EventTypes.SUPPLEMENT_PROVIDED, new SupplementProvided(code, componentCodes, complete, vn(at),
                VietnamTime.now()));
    }

    public void withdrawalRequested(String code, String reason, OffsetDateTime at) {
        append(code, EventTypes.WITHDRAWAL_REQUESTED, new WithdrawalRequested(code, reason, vn(at), VietnamTime.now()));
    }

    private void append(String code, String type, Object data) {
        outbox.append(Topics.DOSSIERS, type, code, data);
    }

    private static List<String> componentCodes(Dossier d) {
        return d.documents.stream().map(Document::componentCode).distinct().toList();
    }

    static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : VietnamTime.at(t.toInstant());
    }
}
