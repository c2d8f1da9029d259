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
     * Most dossiers of one agency and day written in one transaction: those received while the agency's previous
     * batch is being written go together in the next, with consecutive numbers (service.ReceiptLanes). 1 writes
     * each alone, holding the agency's sequence row for one dossier at a time.
     */
    @WithDefault("64")
    int receiptBatchSize();

    /** Public look-up: requests per client address and minute. */
    @WithDefault("60")
    int publicLookupPerMinute();
}
