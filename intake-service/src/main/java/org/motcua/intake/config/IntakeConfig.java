package org.motcua.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;

/** {@code motcua.intake.*}: intake's own settings. */
@ConfigMapping(prefix = "motcua.intake")
public interface IntakeConfig {

    /** The receiving agency when the request names none and the procedure is unknown (the service centre). */
    @WithDefault("TTPVHCC")
    String defaultAgencyCode();

    /** How far in the future a given {@code receivedAt} may lie (clocks of the portal and ours differ). */
    @WithDefault("1m")
    Duration clockSkew();

    /** Largest request body of the dossier endpoints (the historical import has its own limit). */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Lines per transaction of the historical import. */
    @WithDefault("500")
    int importChunkSize();

    /**
     * Most dossiers written in one transaction: those received while their lane's previous batch is being
     * written go together in the next, each agency's with consecutive numbers (service.ReceiptLanes). 1 writes
     * each alone, holding its agency's sequence row for one dossier at a time.
     */
    @WithDefault("64")
    int receiptBatchSize();

    /**
     * Lanes the receipts are written in, each a batch at a time: an agency is always in the same one (by its
     * code's hash), so that one writer at a time takes its numbers. More lanes, more transactions at once and
     * fewer dossiers a commit; 0 gives each agency and day a lane of its own.
     */
    @WithDefault("4")
    int receiptLanes();

    /**
     * Longest a receipt may be checked against a procedure timeline read earlier from the replica. This instance's
     * consumer makes it read again as soon as a procedure event is handled; the age bounds what an instance whose
     * consumer lags uses after another instance stored a change. 0 reads it at every receipt.
     */
    @WithDefault("5s")
    Duration timelineMaxAge();

    /** Public look-up: requests per client address and minute. */
    @WithDefault("60")
    int publicLookupPerMinute();
}
