package org.motcua.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.inbox.PoisonMessageException;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.intake.DossierNotReceived;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.SupplementRequestedAtIntake;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.reporting.domain.DataEntry;
import org.motcua.reporting.domain.Dims;
import org.motcua.reporting.repository.DimensionRepository;
import org.motcua.reporting.service.FactProjection;

/**
 * Maps the intake and processing events onto the read model. Used by the live consumers and by the
 * rebuild, inside {@link IdempotentConsumer#handle}. Deadline alerts are ignored: overdue is computed
 * from the due date by event time, which a wall-clock alert cannot tell for a past period. Unknown
 * types are ignored (forward compatibility).
 */
@ApplicationScoped
public class ReportingEvents {

    public static final String CONSUMER = "reporting-service";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    FactProjection projection;
    @Inject
    DimensionRepository dimensions;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.DOSSIER_RECEIVED -> received(event, data(event, DossierReceived.class));
            case EventTypes.WITHDRAWAL_REQUESTED -> {
                WithdrawalRequested w = data(event, WithdrawalRequested.class);
                OffsetDateTime at = required(w.occurredAt(), "occurredAt");
                projection.change(code(event, w.dossierCode()), f -> {
                    f.withdrawalRequested(at);
                    f.eventRecorded(at, w.recordedAt());
                });
            }
            case EventTypes.SUPPLEMENT_PROVIDED -> {
                SupplementProvided s = data(event, SupplementProvided.class);
                projection.change(code(event, s.dossierCode()), f -> f.eventRecorded(s.occurredAt(), s.recordedAt()));
            }
            case EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE -> {
                SupplementRequestedAtIntake s = data(event, SupplementRequestedAtIntake.class);
                projection.change(code(event, s.dossierCode()), f -> f.eventRecorded(s.occurredAt(), s.recordedAt()));
            }
            case EventTypes.DOSSIER_NOT_RECEIVED -> {
                // never received: not in form 06; validated so that a malformed one is dead-lettered
                data(event, DossierNotReceived.class);
            }
            case EventTypes.CASE_TRANSITIONED -> {
                CaseTransitioned t = data(event, CaseTransitioned.class);
                OffsetDateTime at = required(t.occurredAt(), "occurredAt");
                if (t.action() == null) {
                    throw new PoisonMessageException("CaseTransitioned without action");
                }
                boolean byPerson = DataEntry.byPerson(t.action(), t.actor() == null ? null : t.actor().subject(),
                        t.actor() == null ? null : t.actor().role());
                projection.change(code(event, t.dossierCode()), f -> {
                    f.transitioned(t.action(), t.toState(), t.dueDate(), t.flags(), at);
                    if (byPerson) {
                        f.eventRecorded(at, t.recordedAt());
                    }
                });
            }
            case EventTypes.DUE_DATE_CHANGED -> {
                DueDateChanged d = data(event, DueDateChanged.class);
                projection.change(code(event, d.dossierCode()), f -> {
                    f.dueDateChanged(d.newDueDate());
                    f.eventRecorded(d.occurredAt(), d.recordedAt());
                });
            }
            default -> {
                // deadline alerts and types this version does not know
            }
        }
    }

    private void received(EventEnvelope event, DossierReceived r) {
        OffsetDateTime receivedAt = required(r.receivedAt(), "receivedAt");
        String agency = r.agency() == null ? null : r.agency().code();
        String field = r.field() == null ? null : r.field().code();
        Dims dims = new Dims(agency, field, r.procedureCode(), r.channel() == null ? null : r.channel().name());
        projection.change(code(event, r.dossierCode()), f -> {
            f.received(dims, r.digitised(), receivedAt, r.dueDate());
            if (DataEntry.byPerson(r.imported())) {
                f.eventRecorded(r.occurredAt(), r.recordedAt());
            }
        });
        if (r.agency() != null) {
            dimensions.remember("AGENCY", agency, r.agency().name(), receivedAt);
        }
        if (r.field() != null) {
            dimensions.remember("FIELD", field, r.field().name(), receivedAt);
        }
        dimensions.remember("PROCEDURE", r.procedureCode(), r.procedureName(), receivedAt);
    }

    /** The payload as a contract record; unknown fields are ignored, a mismatch is poison. */
    private <T> T data(EventEnvelope event, Class<T> type) {
        return consumer.data(event, type);
    }

    private static String code(EventEnvelope event, String dossierCode) {
        String code = dossierCode != null && !dossierCode.isBlank() ? dossierCode : event.subject();
        if (code == null || code.isBlank()) {
            throw new PoisonMessageException(event.type() + " without dossier code");
        }
        return code;
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new PoisonMessageException("Event without " + name);
        }
        return value;
    }
}
