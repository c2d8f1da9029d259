package org.motcua.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.reporting.service.RebuildGate;

/** The live consumers of intake.dossiers.v1 and processing.cases.v1 (group reporting-service). */
@ApplicationScoped
public class LiveConsumers {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    ReportingEvents events;
    @Inject
    RebuildGate gate;

    @Incoming("dossiers")
    @Blocking
    public void onDossier(String raw) {
        gate.live(() -> consumer.handle(ReportingEvents.CONSUMER, raw, events::apply));
    }

    @Incoming("cases")
    @Blocking
    public void onCase(String raw) {
        gate.live(() -> consumer.handle(ReportingEvents.CONSUMER, raw, events::apply));
    }
}
