package org.motcua.commons.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CappedBackoffTest {

    @Test
    @DisplayName("100 ms after the first failure, doubled each time, never more than the cap")
    void doublesUpToTheCap() {
        CappedBackoff b = new CappedBackoff(Duration.ofSeconds(1));
        assertThat(b.failing()).isFalse();
        assertThat(b.nextDelayMillis()).isEqualTo(100);
        assertThat(b.nextDelayMillis()).isEqualTo(200);
        assertThat(b.nextDelayMillis()).isEqualTo(400);
        assertThat(b.nextDelayMillis()).isEqualTo(800);
        assertThat(b.nextDelayMillis()).isEqualTo(1000);
        assertThat(b.nextDelayMillis()).isEqualTo(1000);
        assertThat(b.failing()).isTrue();
    }

    @Test
    @DisplayName("a success starts again from 100 ms")
    void resetAfterSuccess() {
        CappedBackoff b = new CappedBackoff(Duration.ofSeconds(5));
        b.nextDelayMillis();
        b.nextDelayMillis();
        b.reset();
        assertThat(b.failing()).isFalse();
        assertThat(b.nextDelayMillis()).isEqualTo(100);
    }

    @Test
    @DisplayName("a cap below the first delay waits the first delay; an interrupted wait says so and keeps the flag")
    void smallCapAndInterrupt() {
        CappedBackoff b = new CappedBackoff(Duration.ofMillis(10));
        assertThat(b.nextDelayMillis()).isEqualTo(100);
        assertThat(b.nextDelayMillis()).isEqualTo(100);
        Thread.currentThread().interrupt();
        assertThat(b.pause()).isFalse();
        assertThat(Thread.interrupted()).isTrue();
    }
}
