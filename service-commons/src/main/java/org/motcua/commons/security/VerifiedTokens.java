package org.motcua.commons.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified (signature, issuer, expiry), each remembered with what its verification gave
 * until the instant it expires, so that the same token presented again is not verified again: one RSA
 * verification and one JSON parse per request were a seventh of intake's CPU under load. Keyed by the whole
 * token, signature included: only the exact bytes verified before are recognised. Never holds more than
 * {@code capacity} tokens (it starts again empty when full).
 */
public final class VerifiedTokens<T> {

    private record Verified<T>(T value, Instant expiresAt) {
    }

    private final int capacity;
    private final Map<String, Verified<T>> byToken = new ConcurrentHashMap<>();

    public VerifiedTokens(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** What verifying {@code token} gave, if it was verified and has not expired at {@code now}; else null. */
    public T get(String token, Instant now) {
        Verified<T> v = byToken.get(token);
        if (v == null) {
            return null;
        }
        if (!now.isBefore(v.expiresAt())) {
            byToken.remove(token, v);
            return null;
        }
        return v.value();
    }

    /** Remembers a verified token until {@code expiresAt}; a token already expired is not remembered. */
    public void put(String token, T value, Instant expiresAt, Instant now) {
        if (expiresAt == null || !now.isBefore(expiresAt)) {
            return;
        }
        if (byToken.size() >= capacity) {
            byToken.clear();
        }
        byToken.put(token, new Verified<>(value, expiresAt));
    }

    public int size() {
        return byToken.size();
    }
}
