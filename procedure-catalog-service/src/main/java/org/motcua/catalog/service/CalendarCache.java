package org.motcua.catalog.service;

import org.motcua.commons.tx.AfterCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.motcua.calendar.CachedCalendar;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.config.CatalogConfig;

import org.motcua.catalog.repository.CalendarRepository;

/**
 * The {@link WorkingCalendar} over every year in the database, rebuilt after a local change and at the latest
 * {@code motcua.catalog.calendar-cache-ttl} after the last build (for changes made by another instance).
 */
@ApplicationScoped
public class CalendarCache {

    @Inject
    CalendarRepository repository;
    @Inject
    CatalogConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private CachedCalendar cache;

    @PostConstruct
    void init() {
        cache = new CachedCalendar(() -> QuarkusTransaction.joiningExisting().call(() -> repository.all().stream()
                .map(row -> CalendarCodec.read(row.content)).toList()), config.calendarCacheTtl());
    }

    public WorkingCalendar calendar() {
        return cache.get();
    }

    /** Drops the built calendar once the current transaction commits. */
    void invalidateAfterCommit() {
        AfterCommit.run(transactions, cache::invalidate);
    }
}
