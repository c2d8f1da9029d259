package org.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Consumer;
import org.motcua.reporting.domain.Contributions;
import org.motcua.reporting.domain.CounterKey;
import org.motcua.reporting.domain.Counters;
import org.motcua.reporting.domain.DossierFacts;
import org.motcua.reporting.domain.OpenCell;
import org.motcua.reporting.domain.StillOpen;
import org.motcua.reporting.repository.CounterRepository;
import org.motcua.reporting.repository.FactRepository;
import org.motcua.reporting.repository.OpenCountRepository;
import org.motcua.reporting.repository.PendingCounters;

/**
 * Applies one change to a dossier's facts and moves the counters and the open cells by the difference of its
 * contribution before and after, in the caller's transaction (the idempotent consumer's). The moves of a
 * transaction are summed and written by {@link #writeCounters}, which the transaction's owner calls before it
 * commits.
 */
@ApplicationScoped
public class FactProjection {

    @Inject
    FactRepository facts;
    @Inject
    CounterRepository counters;
    @Inject
    OpenCountRepository openCounts;
    @Inject
    PendingCounters pending;

    @Transactional(Transactional.TxType.MANDATORY)
    public void change(String dossierCode, Consumer<DossierFacts> change) {
        DossierFacts dossier = facts.lock(dossierCode);
        Map<CounterKey, Counters> before = Contributions.of(dossier);
        OpenCell openBefore = StillOpen.cellOf(dossier);
        change.accept(dossier);
        facts.save(dossier);
        pending.add(Contributions.delta(before, Contributions.of(dossier)));
        pending.addOpen(StillOpen.delta(openBefore, StillOpen.cellOf(dossier)));
    }

    /** Writes the counter and open-cell moves of the current transaction's changes (cells in a stable order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeCounters() {
        counters.add(pending.drain());
        openCounts.add(pending.drainOpen());
    }
}
