package org.motcua.processing.metrics;

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
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Business gauges from processing's database, measured at most every 15 s
 * ({@code motcua.metrics.case-gauges-max-age}): {@code motcua_cases_open} (cases not
 * resolved yet: received, in progress, waiting for a supplement or a payment, approved) and
 * {@code motcua_cases_overdue} (cases whose deadline runs and is past, as the deadline watcher sees them).
 * Every replica reports the same figures: aggregate with max(), never sum().
 */
@ApplicationScoped
public class CaseGauges {

    private static final Logger LOG = Logger.getLogger(CaseGauges.class);
    @Inject
    AgroalDataSource dataSource;
    /** How long a measurement is reused: scrapes of several Prometheus servers cost one query. */
    @ConfigProperty(name = "motcua.metrics.case-gauges-max-age", defaultValue = "15s")
    Duration maxAge;
    @Inject
    MeterRegistry registry;

    private record Reading(long open, long overdue, long at) {
    }

    private volatile Reading last = new Reading(0, 0, Long.MIN_VALUE);

    void register(@Observes StartupEvent event) {
        Gauge.builder("motcua_cases_open", this, g -> g.reading().open())
                .description("Cases not resolved yet").register(registry);
        Gauge.builder("motcua_cases_overdue", this, g -> g.reading().overdue())
                .description("Cases whose deadline runs and is past").register(registry);
    }

    private synchronized Reading reading() {
        long now = System.nanoTime();
        if (last.at() != Long.MIN_VALUE && now - last.at() < maxAge.toNanos()) {
            return last;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*),
                               count(*) FILTER (WHERE state <> 'SUPPLEMENT_REQUESTED' AND due_at < now())
                        FROM processing_case
                        WHERE state IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'PAYMENT_REQUESTED',
                                        'APPROVED')""");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            last = new Reading(rs.getLong(1), rs.getLong(2), now);
        } catch (SQLException e) {
            LOG.debugf("Case gauges not measured: %s", e.getMessage());
            last = new Reading(last.open(), last.overdue(), now);
        }
        return last;
    }
}
