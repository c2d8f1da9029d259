package org.motcua.intake.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.intake.config.IntakeConfig;
import org.motcua.intake.repository.ProcedureReplica;

/**
 * The procedures' published timelines a receipt is checked against: the replica's, held in memory
 * ({@link ReplicaCache}) so that a receipt reads nothing before its write (session 35: that read was one
 * transaction a dossier, the commits' greater part). A version the catalogue publishes applies here once this
 * instance's consumer has stored it or seen it stored, and at the latest {@code motcua.intake.timeline-max-age}
 * after another instance stored it.
 */
@ApplicationScoped
public class ProcedureTimelines {

    /** Procedures held at most: those received most; the versions' parsed forms are bounded alike. */
    static final int LIMIT = 500;

    @Inject
    ProcedureReplica replica;
    @Inject
    IntakeConfig config;

    private ReplicaCache<String, List<ProcedureVersion>> cache;

    @PostConstruct
    void cache() {
        cache = new ReplicaCache<>(code -> QuarkusTransaction.joiningExisting().call(() -> replica.timeline(code)),
                config.timelineMaxAge(), LIMIT);
    }

    /** The procedure's published timeline (empty when unknown or withdrawn); the versions must not be modified. */
    public List<ProcedureVersion> timeline(String procedureCode) {
        return cache.get(procedureCode);
    }

    /** Called after a procedure event was handled (stored here, or already stored by another instance). */
    public void invalidate() {
        cache.invalidateAll();
    }
}
