package org.motcua.intake.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a replica table holds, kept in memory by key between reads. A value is read again:
 * <ul>
 * <li>after {@link #invalidateAll()}, which this instance's consumer of the replicated topic calls once the event's
 * transaction has committed (every instance consumes every event: it learns of a change within milliseconds,
 * whichever instance stored it);</li>
 * <li>when it is older than {@code maxAge}: the bound on how long an instance whose consumer lags may use what
 * it read before another instance stored a change.</li>
 * </ul>
 * Every value is held with the number of invalidations before its read; once another invalidation has happened it
 * is not used, so that every {@link #get} begun after {@link #invalidateAll()} returned sees the change, even
 * when a read begun before it is stored late. When {@code limit} keys are held, all are dropped (rare, and cheaper
 * than an eviction policy).
 */
public final class ReplicaCache<K, V> {

    private record Entry<V>(V value, long readAtNanos, long invalidationsBefore) {
    }

    private final Function<K, V> read;
    private final long maxAgeNanos;
    private final int limit;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    /** @param read reads a key's value from the replica table; called on a miss, outside any lock */
    public ReplicaCache(Function<K, V> read, Duration maxAge, int limit) {
        this(read, maxAge, limit, System::nanoTime);
    }

    ReplicaCache(Function<K, V> read, Duration maxAge, int limit, LongSupplier nanoTime) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** The key's value: the one held if no invalidation and no more than the maximum age came since its read. */
    public V get(K key) {
        long now = nanoTime.getAsLong();
        long invalidationsNow = invalidations.get();
        Entry<V> held = entries.get(key);
        if (held != null && held.invalidationsBefore() == invalidationsNow
                && now - held.readAtNanos() <= maxAgeNanos) {
            return held.value();
        }
        Entry<V> fresh = new Entry<>(read.apply(key), now, invalidationsNow); // aged and numbered from before the read
        if (entries.size() >= limit) {
            entries.clear();
        }
        entries.put(key, fresh);
        return fresh.value();
    }

    /** Every value is read again at its next {@link #get}: a change was stored. */
    public void invalidateAll() {
        invalidations.incrementAndGet();
        entries.clear();
    }

    /** Keys held now. */
    int size() {
        return entries.size();
    }
}
