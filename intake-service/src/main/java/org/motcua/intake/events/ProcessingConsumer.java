package org.motcua.intake.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.logging.DossierMdc;
import org.motcua.contracts.EventEnvelope;
import org.motcua.commons.inbox.PoisonMessageException;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.intake.service.ProcessingStatusService;

/** Follows processing's case events so the look-ups show the dossier's current status and due date. */
@ApplicationScoped
public class ProcessingConsumer {

    static final String CONSUMER = "intake-cases";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    ProcessingStatusService status;

    @Incoming("cases")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.handleBatch(CONSUMER, "cases", records, event -> {
            try (DossierMdc.Scope ignored = DossierMdc.put(event.subject())) {
                apply(event);
            }
        });
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.CASE_TRANSITIONED.equals(event.type())) {
            CaseTransitioned t = consumer.data(event, CaseTransitioned.class);
            if (t.dossierCode() == null || t.toState() == null) {
                throw new PoisonMessageException("CaseTransitioned without dossierCode or toState");
            }
            status.transitioned(t);
        } else if (EventTypes.DUE_DATE_CHANGED.equals(event.type())) {
            DueDateChanged c = consumer.data(event, DueDateChanged.class);
            if (c.dossierCode() == null) {
                throw new PoisonMessageException("DueDateChanged without dossierCode");
            }
            status.dueDateChanged(c);
        }
    }
}
