package org.motcua.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code motcua.outbox.*}: how the relay polls, batches, retries and cleans up. */
@ConfigMapping(prefix = "motcua.outbox")
public interface OutboxConfig {

    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("500")
    int batchSize();

    @WithDefault("200ms")
    Duration pollInterval();

    /**
     * How long the relay waits, once a commit has woken it, for other transactions' commits before it reads the
     * outbox: their events then go in one relay transaction and one produce request instead of one each. 0 reads
     * at once. Every event waits this long more before it is on the bus. Measured (docs/notes/benchmark.md,
     * session 16): 8.6-10.8 events a relay transaction against 4.5-5.3 at 0 ms; at one client 27 % less CPU a
     * dossier in the whole suite, 7 % less a lifecycle.
     */
    @WithDefault("5ms")
    Duration linger();

    @WithDefault("5s")
    Duration maxBackoff();

    @WithDefault("30s")
    Duration sendTimeout();

    /** Published events are kept this long for audit, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
