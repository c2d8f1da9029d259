package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    @Test
    @DisplayName("60 look-ups a minute pass at once, the 61st waits about a second")
    void burstThenWait() {
        TokenBucket bucket = new TokenBucket(60, MINUTE, 0);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.tryTake(0)).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.nanosUntilNextToken(0)).isBetween(900_000_000L, 1_100_000_000L);
        assertThat(bucket.tryTake(TimeUnit.SECONDS.toNanos(1))).isTrue();
        assertThat(bucket.tryTake(TimeUnit.SECONDS.toNanos(1))).isFalse();
    }

    @Test
    @DisplayName("an idle client's bucket refills to its capacity, not beyond")
    void refillsToCapacity() {
        TokenBucket bucket = new TokenBucket(3, MINUTE, 0);
        bucket.tryTake(0);
        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(10 * MINUTE)).isTrue();
        int taken = 0;
        while (bucket.tryTake(10 * MINUTE)) {
            taken++;
        }
        assertThat(taken).isEqualTo(3);
    }
}
