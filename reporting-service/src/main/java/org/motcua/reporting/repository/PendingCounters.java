package org.motcua.reporting.repository;

import jakarta.annotation.PreDestroy;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.motcua.reporting.domain.CounterKey;
import org.motcua.reporting.domain.Counters;

/**
 * The counter deltas of the current transaction, summed per cell until {@link #drain}: a poll of 100 events of
 * one day moves a few dozen cells, written once each at the end instead of twice per event. Whoever opens the
 * transaction writes them before it commits ({@code FactProjection.writeCounters}).
 */
@TransactionScoped
public class PendingCounters implements Serializable {

    private static final Logger LOG = Logger.getLogger(PendingCounters.class);

    private final Map<CounterKey, Counters> pending = new HashMap<>();

    public void add(Map<CounterKey, Counters> delta) {
        delta.forEach((key, d) -> pending.merge(key, d, Counters::plus));
    }

    /** The sums so far, and nothing pending after. */
    public Map<CounterKey, Counters> drain() {
        Map<CounterKey, Counters> sums = new HashMap<>(pending);
        pending.clear();
        sums.values().removeIf(Counters::isZero);
        return sums;
    }

    @PreDestroy
    void checkWritten() {
        pending.values().removeIf(Counters::isZero);
        if (!pending.isEmpty()) {
            LOG.errorf("Counter deltas of %d cells were never written before the transaction ended", pending.size());
        }
    }
}
