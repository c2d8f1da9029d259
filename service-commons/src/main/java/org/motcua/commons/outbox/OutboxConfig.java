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

    @WithDefault("5s")
    Duration maxBackoff();

    @WithDefault("30s")
    Duration sendTimeout();

    /** Published events are kept this long for audit, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
