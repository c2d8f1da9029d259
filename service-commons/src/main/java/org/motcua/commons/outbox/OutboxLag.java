package org.motcua.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Outbox lag, read from the database (so that it grows while the broker is down and the relay publishes
 * nothing): {@code motcua_outbox_pending} (events not yet acknowledged by the broker) and
 * {@code motcua_outbox_oldest_pending_age_seconds}. Measured at most every 5 s, whatever the scrape rate.
 */
@ApplicationScoped
public class OutboxLag {

    private static final Logger LOG = Logger.getLogger(OutboxLag.class);
    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;

    private record Reading(long pending, double oldestAgeSeconds, long at) {
    }

    private volatile Reading last = new Reading(0, 0, Long.MIN_VALUE);

    void register(@Observes StartupEvent event) {
        Gauge.builder("motcua_outbox_pending", this, lag -> lag.reading().pending())
                .description("Events in the outbox not yet acknowledged by the broker").register(registry);
        Gauge.builder("motcua_outbox_oldest_pending_age_seconds", this, lag -> lag.reading().oldestAgeSeconds())
                .description("Age of the oldest event waiting in the outbox (0 when none)").baseUnit("seconds")
                .register(registry);
    }

    private synchronized Reading reading() {
        long now = System.nanoTime();
        if (last.at() != Long.MIN_VALUE && now - last.at() < MAX_AGE_NANOS) {
            return last;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
                        FROM outbox_event WHERE published_at IS NULL""");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            last = new Reading(rs.getLong(1), rs.getDouble(2), now);
        } catch (SQLException e) {
            LOG.debugf("Outbox lag not measured: %s", e.getMessage());
            last = new Reading(last.pending(), last.oldestAgeSeconds(), now);
        }
        return last;
    }
}
