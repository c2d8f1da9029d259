package org.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.Map;
import org.motcua.reporting.domain.CounterKey;
import org.motcua.reporting.domain.Counters;

/** Adds deltas to the daily and monthly counters (upserts, in a stable order to avoid deadlocks). */
@ApplicationScoped
public class CounterRepository {

    private static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::day)
            .thenComparing(k -> k.dims().agencyCode()).thenComparing(k -> k.dims().fieldCode())
            .thenComparing(k -> k.dims().procedureCode()).thenComparing(k -> k.dims().channel());

    @Inject
    EntityManager em;

    public void add(Map<CounterKey, Counters> delta) {
        delta.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(e -> {
            upsert("daily_count", e.getKey(), e.getKey().day(), e.getValue());
        });
        delta.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(e -> {
            upsert("monthly_count", e.getKey(), e.getKey().day().withDayOfMonth(1), e.getValue());
        });
    }

    private void upsert(String table, CounterKey key, java.time.LocalDate day, Counters d) {
        em.createNativeQuery("INSERT INTO " + table + """
                 AS t (day, agency_code, field_code, procedure_code, channel, received, digitised, resolved_early,
                    resolved_on_time, resolved_late, multi_supplement, recorded_late)
                VALUES (:day, :agency, :field, :procedure, :channel, :received, :digitised, :early, :onTime, :late,
                    :multi, :recordedLate)
                ON CONFLICT (day, agency_code, field_code, procedure_code, channel) DO UPDATE SET
                    received = t.received + EXCLUDED.received, digitised = t.digitised + EXCLUDED.digitised,
                    resolved_early = t.resolved_early + EXCLUDED.resolved_early,
                    resolved_on_time = t.resolved_on_time + EXCLUDED.resolved_on_time,
                    resolved_late = t.resolved_late + EXCLUDED.resolved_late,
                    multi_supplement = t.multi_supplement + EXCLUDED.multi_supplement,
                    recorded_late = t.recorded_late + EXCLUDED.recorded_late""")
                .setParameter("day", day)
                .setParameter("agency", key.dims().agencyCode())
                .setParameter("field", key.dims().fieldCode())
                .setParameter("procedure", key.dims().procedureCode())
                .setParameter("channel", key.dims().channel())
                .setParameter("received", d.received())
                .setParameter("digitised", d.digitised())
                .setParameter("early", d.resolvedEarly())
                .setParameter("onTime", d.resolvedOnTime())
                .setParameter("late", d.resolvedLate())
                .setParameter("multi", d.multiSupplement())
                .setParameter("recordedLate", d.recordedLate())
                .executeUpdate();
    }
}
