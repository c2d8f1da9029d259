package org.motcua.reporting.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one dossier adds to the daily counters: received on its receipt day, its outcome on its
 * resolution day, one recorded-late mark on the day each late-entered event happened. Nothing before
 * the dossier is received (a case transition that overtook the DossierReceived waits for it).
 * When an event changes a dossier, the read model applies {@link #delta} of the before and after.
 */
public final class Contributions {
    private Contributions() {
    }

    public static Map<CounterKey, Counters> of(DossierFacts facts) {
        Map<CounterKey, Counters> cells = new HashMap<>();
        if (!facts.isReceived()) {
            return cells;
        }
        Dims dims = facts.dims();
        add(cells, new CounterKey(facts.receivedOn(), dims),
                new Counters(1, facts.digitised() ? 1 : 0, 0, 0, 0, 0, 0));
        Outcome outcome = facts.outcome();
        if (outcome != null) {
            long multi = outcome != Outcome.LATE && facts.multipleSupplementRequests() ? 1 : 0;
            add(cells, new CounterKey(facts.resolvedOn(), dims), new Counters(0, 0,
                    outcome == Outcome.EARLY ? 1 : 0, outcome == Outcome.ON_TIME ? 1 : 0,
                    outcome == Outcome.LATE ? 1 : 0, multi, 0));
        }
        facts.lateRecordedDates().forEach(day -> add(cells, new CounterKey(day, dims),
                new Counters(0, 0, 0, 0, 0, 0, 1)));
        return cells;
    }

    /** after − before, without the cells that do not change. */
    public static Map<CounterKey, Counters> delta(Map<CounterKey, Counters> before, Map<CounterKey, Counters> after) {
        Map<CounterKey, Counters> delta = new HashMap<>();
        Set<CounterKey> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (CounterKey key : keys) {
            Counters d = after.getOrDefault(key, Counters.ZERO).plus(before.getOrDefault(key, Counters.ZERO).negate());
            if (!d.isZero()) {
                delta.put(key, d);
            }
        }
        return delta;
    }

    private static void add(Map<CounterKey, Counters> cells, CounterKey key, Counters value) {
        cells.merge(key, value, Counters::plus);
    }
}
