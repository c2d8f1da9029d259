package org.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.motcua.intake.config.IntakeConfig;
import org.motcua.intake.domain.TokenBucket;

/**
 * Limits the public look-up per client address: a token bucket of {@code motcua.intake.public-lookup-per-minute}
 * requests, refilled continuously. In memory, per service instance (N instances allow N times the rate);
 * buckets that are full again are forgotten when the map grows past 10,000 addresses.
 */
@ApplicationScoped
public class PublicLookupLimiter {

    private static final int MAX_CLIENTS = 10_000;
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    @Inject
    IntakeConfig config;

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the request may go on, else the seconds to wait. */
    public long secondsToWait(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isFull(now);
                }
            });
        }
        TokenBucket bucket = buckets.computeIfAbsent(client,
                c -> new TokenBucket(config.publicLookupPerMinute(), MINUTE, now));
        synchronized (bucket) {
            if (bucket.tryTake(now)) {
                return 0;
            }
            return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(bucket.nanosUntilNextToken(now)) + 1);
        }
    }
}
