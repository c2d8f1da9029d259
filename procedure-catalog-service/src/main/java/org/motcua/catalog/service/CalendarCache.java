package org.motcua.catalog.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.config.CatalogConfig;

import org.motcua.catalog.repository.CalendarRepository;
import org.motcua.contracts.catalog.CalendarYear;

/**
 * The {@link WorkingCalendar} over every year in the database, rebuilt after a local change and at the latest
 * {@code motcua.catalog.calendar-cache-ttl} after the last build (for changes made by another instance).
 */
@ApplicationScoped
public class CalendarCache {

    private record Built(WorkingCalendar calendar, long builtAtNanos) {
    }

    @Inject
    CalendarRepository repository;
    @Inject
    CatalogConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile Built built;

    public WorkingCalendar calendar() {
        Built current = built;
        if (current == null || System.nanoTime() - current.builtAtNanos() > config.calendarCacheTtl().toNanos()) {
            List<CalendarYear> years = QuarkusTransaction.joiningExisting().call(() -> repository.all().stream()
                    .map(row -> CalendarCodec.read(row.content)).toList());
            current = new Built(WorkingCalendar.of(years), System.nanoTime());
            built = current;
        }
        return current.calendar();
    }

    /** Drops the built calendar once the current transaction commits. */
    void invalidateAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    built = null;
                }
            }
        });
    }
}
