package org.motcua.commons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    @DisplayName("a verified token is recognised until the second it expires, then verified again")
    void untilExpiry() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
        tokens.put("a.b.c", "officer", NOW.plusSeconds(60), NOW);
        assertThat(tokens.get("a.b.c", NOW.plusSeconds(59))).isEqualTo("officer");
        assertThat(tokens.get("a.b.c", NOW.plusSeconds(60))).isNull();
        assertThat(tokens.size()).as("an expired token is forgotten").isZero();
    }

    @Test
    @DisplayName("only the exact token verified is recognised: another signature on the same claims is not")
    void exactBytesOnly() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
        tokens.put("head.claims.signature", "officer", NOW.plusSeconds(60), NOW);
        assertThat(tokens.get("head.claims.signaturX", NOW)).isNull();
        assertThat(tokens.get("head.claims.", NOW)).isNull();
    }

    @Test
    @DisplayName("a token already expired, or without expiry, is not remembered")
    void expiredNotRemembered() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
        tokens.put("old", "x", NOW, NOW);
        tokens.put("none", "x", null, NOW);
        assertThat(tokens.get("old", NOW.minusSeconds(1))).isNull();
        assertThat(tokens.get("none", NOW)).isNull();
    }

    @Test
    @DisplayName("never more than its capacity: full, it starts again empty")
    void bounded() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(3);
        for (int i = 0; i < 10; i++) {
            tokens.put("t" + i, "x", NOW.plusSeconds(60), NOW);
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(tokens.get("t9", NOW)).isEqualTo("x");
        assertThatThrownBy(() -> new VerifiedTokens<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
