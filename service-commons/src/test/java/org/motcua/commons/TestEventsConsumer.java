package org.motcua.commons;

import io.opentelemetry.api.trace.Span;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.inbox.PoisonMessageException;

/** Records every event it handles, once, with the current trace id; rejects events whose data says "poison". */
@ApplicationScoped
public class TestEventsConsumer {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    EntityManager em;

    @Incoming("test-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.handleBatch("commons-test", "test-events", records, event -> {
            if (event.data().has("poison")) {
                throw new PoisonMessageException("poison requested by the test");
            }
            em.createNativeQuery("INSERT INTO test_handled (subject, event_id, trace_id) VALUES (:s, :e, :t)")
                    .setParameter("s", event.subject()).setParameter("e", event.id())
                    .setParameter("t", Span.current().getSpanContext().getTraceId()).executeUpdate();
        });
    }
}
