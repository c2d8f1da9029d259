package org.motcua.commons.tx;

import java.time.Duration;

/**
 * The wait between two attempts of something that keeps failing (the outbox relay, a consumer's transient
 * failure, a dead letter the broker does not take yet): 100 ms after the first failure, doubled after each next
 * one, never more than the cap; back to the start after a success.
 */
public final class CappedBackoff {

    static final long FIRST_MILLIS = 100;

    private final long capMillis;
    private long lastMillis;

    public CappedBackoff(Duration cap) {
        this.capMillis = Math.max(FIRST_MILLIS, cap.toMillis());
    }

    /** Whether the last attempt failed (a wait has been taken since the last {@link #reset}). */
    public boolean failing() {
        return lastMillis > 0;
    }

    /** A success: the next failure waits the first delay again. */
    public void reset() {
        lastMillis = 0;
    }

    /** A failure: how long to wait before the next attempt. */
    public long nextDelayMillis() {
        lastMillis = lastMillis == 0 ? FIRST_MILLIS : Math.min(lastMillis * 2, capMillis);
        return lastMillis;
    }

    /**
     * A failure: waits {@link #nextDelayMillis()}. Returns false if the thread was interrupted meanwhile (its
     * interrupt flag set again, for the caller to stop).
     */
    public boolean pause() {
        try {
            Thread.sleep(nextDelayMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
