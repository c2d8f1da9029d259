package org.motcua.processing.service;

import org.motcua.commons.tx.AfterCommit;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.motcua.calendar.CachedCalendar;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.catalog.CalendarYear;

/**
 * The working-day calendar built from the catalogue's CalendarYear events, kept in table {@code calendar_year}.
 * Each instance caches it in memory and reloads it from the table at most every {@link #MAX_AGE_MILLIS}, so
 * that instances which did not consume an update (one consumer group) see it soon too.
 */
@ApplicationScoped
public class CalendarReplica {

    private static final Logger LOG = Logger.getLogger(CalendarReplica.class);
    static final long MAX_AGE_MILLIS = 30_000;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final CachedCalendar cache = new CachedCalendar(() -> OfficialCalendars.overriddenBy(load()),
            Duration.ofMillis(MAX_AGE_MILLIS));

    /** Stores a year (called in the consumer's transaction) and drops the cache after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(CalendarYear year) {
        String payload;
        try {
            payload = mapper.writeValueAsString(year);
        } catch (Exception e) {
            throw new IllegalStateException("Calendar year cannot be serialised", e);
        }
        em.createNativeQuery("""
                INSERT INTO calendar_year (year, payload, updated_at) VALUES (:y, :p, now())
                ON CONFLICT (year) DO UPDATE SET payload = EXCLUDED.payload, updated_at = now()""")
                .setParameter("y", year.year()).setParameter("p", payload).executeUpdate();
        // after commit: dropped before, another thread could rebuild from the old rows and keep them 30 s
        AfterCommit.run(transactions, cache::invalidate);
    }

    /**
     * The current calendar: the years received from the catalogue, and for a year not received the official
     * seed of the working-calendar library (the same rule as intake's).
     */
    public WorkingCalendar current() {
        return cache.get();
    }

    /** Years loaded in the replica. */
    public List<Integer> years() {
        return load().stream().map(CalendarYear::year).toList();
    }

    private List<CalendarYear> load() {
        @SuppressWarnings("unchecked")
        List<String> payloads = QuarkusTransaction.joiningExisting().call(() -> em
                .createNativeQuery("SELECT payload FROM calendar_year ORDER BY year").getResultList());
        List<CalendarYear> loaded = new ArrayList<>();
        for (String payload : payloads) {
            try {
                loaded.add(mapper.readValue(payload, CalendarYear.class));
            } catch (Exception e) {
                LOG.errorf("Unreadable calendar year in the replica, skipped: %s", e.getMessage());
            }
        }
        return loaded;
    }
}
