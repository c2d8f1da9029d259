package org.motcua.intake.metrics;

import org.motcua.commons.tx.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.motcua.contracts.Channel;

/**
 * {@code motcua_dossiers_received_total{channel}}: dossiers recorded by live intake (received, incomplete or
 * refused: each gets a code), counted once their transaction has committed. Historical imports are not counted.
 */
@ApplicationScoped
public class ReceivedDossiers {

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Counts one dossier of {@code channel} when the current transaction commits. */
    public void afterCommit(Channel channel) {
        Counter counter = Counter.builder("motcua_dossiers_received")
                .description("Dossiers recorded at intake, by channel").tag("channel", channel.name())
                .register(registry);
        AfterCommit.run(transactions, counter::increment);
    }
}
