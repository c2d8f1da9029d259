package org.motcua.processing.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.logging.DossierMdc;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.processing.service.CaseOpener;
import org.motcua.processing.service.IntakeActions;

/**
 * Intake's events (topic {@code intake.dossiers.v1}): open cases, supplements back, withdrawals. A poll's records
 * are applied in one transaction ({@link IdempotentConsumer#handleBatch}).
 */
@ApplicationScoped
public class DossiersConsumer {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CaseOpener opener;
    @Inject
    IntakeActions actions;

    @Incoming("dossiers")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.handleBatch("processing", "dossiers", records, event -> {
            try (DossierMdc.Scope ignored = DossierMdc.put(event.subject())) {
                apply(event);
            }
        });
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.DOSSIER_RECEIVED -> opener.open(consumer.data(event, DossierReceived.class));
            case EventTypes.SUPPLEMENT_PROVIDED ->
                    actions.supplementProvided(consumer.data(event, SupplementProvided.class));
            case EventTypes.WITHDRAWAL_REQUESTED ->
                    actions.withdrawalRequested(consumer.data(event, WithdrawalRequested.class));
            default -> {
                // other intake outcomes do not concern processing
            }
        }
    }
}
