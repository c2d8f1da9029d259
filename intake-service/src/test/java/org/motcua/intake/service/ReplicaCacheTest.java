package org.motcua.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The procedures' timelines held in memory, without a database: the "replica table" is a map from procedure code to
 * the number of its latest version, counted on each read; the clock is set by hand.
 */
class ReplicaCacheTest {

    private final Map<String, Integer> table = new ConcurrentHashMap<>(Map.of("1.001", 1, "1.002", 1));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();

    private ReplicaCache<String, Integer> cache(Duration maxAge, int limit) {
        return new ReplicaCache<>(code -> {
            reads.incrementAndGet();
            return table.getOrDefault(code, 0);
        }, maxAge, limit, clock::get);
    }

    @Test
    @DisplayName("a procedure received a thousand times within its maximum age is read from the replica once")
    void heldValueServesTheReceipts() {
        ReplicaCache<String, Integer> cache = cache(Duration.ofSeconds(5), 500);
        for (int i = 0; i < 1_000; i++) {
            clock.addAndGet(Duration.ofMillis(5).toNanos() - 1);
            assertThat(cache.get("1.001")).isEqualTo(1);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    @DisplayName("another instance stored version 2 and this one's consumer lags: version 2 applies once the "
            + "version read before is older than the maximum age, not sooner")
    void maximumAgeBoundsAnotherInstancesChange() {
        ReplicaCache<String, Integer> cache = cache(Duration.ofSeconds(5), 500);
        assertThat(cache.get("1.001")).isEqualTo(1);
        table.put("1.001", 2);
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(cache.get("1.001")).isEqualTo(1);
        clock.addAndGet(1);
        assertThat(cache.get("1.001")).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    @DisplayName("this instance's consumer stored version 2: the next receipt of every procedure reads again, "
            + "long before the maximum age")
    void invalidationAppliesAtOnce() {
        ReplicaCache<String, Integer> cache = cache(Duration.ofMinutes(10), 500);
        assertThat(cache.get("1.001")).isEqualTo(1);
        assertThat(cache.get("1.002")).isEqualTo(1);
        table.put("1.001", 2);
        cache.invalidateAll();
        assertThat(cache.get("1.001")).isEqualTo(2);
        assertThat(cache.get("1.002")).isEqualTo(1);
        assertThat(reads).hasValue(4);
        assertThat(cache.get("1.001")).isEqualTo(2);
        assertThat(reads).hasValue(4);
    }

    @Test
    @DisplayName("a read begun before version 2 committed and stored after the consumer's invalidation is not used "
            + "by the next receipt")
    void readOvertakenByAnInvalidationIsNotUsed() {
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicReference<ReplicaCache<String, Integer>> cache = new AtomicReference<>();
        cache.set(new ReplicaCache<>(code -> {
            reads.incrementAndGet();
            int seen = table.get(code);
            if (first.getAndSet(false)) { // version 2 commits and is announced while this read is under way
                table.put(code, 2);
                cache.get().invalidateAll();
            }
            return seen;
        }, Duration.ofMinutes(10), 500, clock::get));
        assertThat(cache.get().get("1.001")).isEqualTo(1);
        assertThat(cache.get().get("1.001")).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    @DisplayName("a province's whole catalogue does not stay in memory: past the limit the procedures held are dropped")
    void limitDropsTheHeldProcedures() {
        ReplicaCache<String, Integer> cache = cache(Duration.ofMinutes(10), 3);
        for (String code : List.of("1.001", "1.002", "1.003")) {
            cache.get(code);
        }
        assertThat(cache.size()).isEqualTo(3);
        cache.get("1.004");
        assertThat(cache.size()).isEqualTo(1);
        cache.get("1.004");
        assertThat(reads).hasValue(4);
        cache.get("1.001");
        assertThat(reads).hasValue(5);
    }

    @Test
    @DisplayName("eight request threads receive while the catalogue publishes 2,000 versions: no receipt begun after a "
            + "version was announced is checked against an older one")
    void concurrentReceiptsNeverSeeWhatWasReplacedBeforeTheyBegan() throws Exception {
        ReplicaCache<String, Integer> cache = new ReplicaCache<>(table::get, Duration.ofMinutes(10), 500);
        AtomicInteger announced = new AtomicInteger(1);
        AtomicBoolean publishing = new AtomicBoolean(true);
        CountDownLatch receiving = new CountDownLatch(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> receivers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                receivers.add(pool.submit(() -> {
                    int receipts = 0;
                    while (publishing.get()) {
                        int before = announced.get();
                        int checkedAgainst = cache.get("1.001");
                        if (checkedAgainst < before) {
                            throw new AssertionError("version " + checkedAgainst + " used after " + before
                                    + " was announced");
                        }
                        if (receipts++ == 0) {
                            receiving.countDown();
                        }
                    }
                    return receipts;
                }));
            }
            assertThat(receiving.await(30, TimeUnit.SECONDS)).isTrue();
            for (int version = 2; version <= 2_001; version++) {
                table.put("1.001", version); // committed
                cache.invalidateAll(); // the consumer, after the commit
                announced.set(version);
                Thread.onSpinWait();
            }
            publishing.set(false);
            for (Future<Integer> receiver : receivers) {
                assertThat(receiver.get(30, TimeUnit.SECONDS)).isPositive();
            }
            assertThat(cache.get("1.001")).isEqualTo(2_001);
        } finally {
            pool.shutdownNow();
        }
    }
}
