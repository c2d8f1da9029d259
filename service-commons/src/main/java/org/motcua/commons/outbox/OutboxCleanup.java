package org.motcua.commons.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Deletes events published longer ago than {@code motcua.outbox.retention}. */
@ApplicationScoped
public class OutboxCleanup {

    @Inject
    EntityManager entityManager;
    @Inject
    OutboxConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deletePublished() {
        entityManager.createNativeQuery("DELETE FROM outbox_event WHERE published_at < :before")
                .setParameter("before", OffsetDateTime.now().minus(config.retention()))
                .executeUpdate();
    }
}
