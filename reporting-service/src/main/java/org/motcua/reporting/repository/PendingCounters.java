package org.motcua.reporting.repository;

import jakarta.annotation.PreDestroy;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.motcua.reporting.domain.CounterKey;
import org.motcua.reporting.domain.Counters;
import org.motcua.reporting.domain.OpenCell;

/**
 * The counter deltas of the current transaction, summed per cell until {@link #drain} (and the open cells' until
 * {@link #drainOpen}): a poll of 100 events of one day moves a few dozen cells, written once each at the end
 * instead of twice per event; a dossier received and resolved in the same poll moves no open cell at all.
 * Whoever opens the transaction writes them before it commits ({@code FactProjection.writeCounters}).
 */
@TransactionScoped
public class PendingCounters implements Serializable {

    private static final Logger LOG = Logger.getLogger(PendingCounters.class);

    private final Map<CounterKey, Counters> pending = new HashMap<>();
    private final Map<OpenCell, Long> pendingOpen = new HashMap<>();

    public void add(Map<CounterKey, Counters> delta) {
        delta.forEach((key, d) -> pending.merge(key, d, Counters::plus));
    }

    public void addOpen(Map<OpenCell, Long> delta) {
        delta.forEach((cell, d) -> pendingOpen.merge(cell, d, Long::sum));
    }

    /** The sums so far, and nothing pending after. */
    public Map<CounterKey, Counters> drain() {
        Map<CounterKey, Counters> sums = new HashMap<>(pending);
        pending.clear();
        sums.values().removeIf(Counters::isZero);
        return sums;
    }

    /** The open cells' sums so far, and nothing pending after. */
    public Map<OpenCell, Long> drainOpen() {
        Map<OpenCell, Long> sums = new HashMap<>(pendingOpen);
        pendingOpen.clear();
        sums.values().removeIf(d -> d == 0);
        return sums;
    }

    @PreDestroy
    void checkWritten() {
        pending.values().removeIf(Counters::isZero);
        pendingOpen.values().removeIf(d -> d == 0);
        if (!pending.isEmpty() || !pendingOpen.isEmpty()) {
            LOG.errorf("Counter deltas of %d cells and %d open cells were never written before the transaction ended",
                    pending.size(), pendingOpen.size());
        }
    }
}
