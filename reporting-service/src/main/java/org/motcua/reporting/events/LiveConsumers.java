package org.motcua.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.reporting.service.FactProjection;
import org.motcua.reporting.service.RebuildGate;

/**
 * The live consumer of intake.dossiers.v1 and processing.cases.v1 (group reporting-service, channel {@code events}):
 * a poll's records of both topics in one transaction ({@link IdempotentConsumer#handleBatch}), the counter moves of
 * the poll summed and written once per cell before it commits.
 */
@ApplicationScoped
public class LiveConsumers {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    ReportingEvents events;
    @Inject
    RebuildGate gate;
    @Inject
    FactProjection projection;

    @Incoming("events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        gate.live(() -> consumer.handleBatch(ReportingEvents.CONSUMER, "events", records, events::apply,
                projection::writeCounters));
    }
}
