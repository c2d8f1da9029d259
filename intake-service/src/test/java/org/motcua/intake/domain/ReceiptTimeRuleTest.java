package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;

class ReceiptTimeRuleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final Duration SKEW = Duration.ofMinutes(1);

    @Test
    @DisplayName("without a receipt time the dossier is received now")
    void defaultsToNow() {
        assertThat(ReceiptTimeRule.receivedAt(null, Channel.DIRECT, false, NOW, SKEW)).isEqualTo(NOW);
    }

    @Test
    @DisplayName("a postmark and a portal submission time in the past are kept")
    void pastPostmark() {
        OffsetDateTime postmark = NOW.minusDays(3);
        assertThat(ReceiptTimeRule.receivedAt(postmark, Channel.POSTAL, false, NOW, SKEW)).isEqualTo(postmark);
        assertThat(ReceiptTimeRule.receivedAt(postmark, Channel.ONLINE, false, NOW, SKEW)).isEqualTo(postmark);
    }

    @Test
    @DisplayName("a portal clock a few seconds ahead is tolerated and read as now")
    void smallSkew() {
        assertThat(ReceiptTimeRule.receivedAt(NOW.plusSeconds(30), Channel.ONLINE, false, NOW, SKEW)).isEqualTo(NOW);
    }

    @Test
    @DisplayName("a receipt time in the future is refused, naming receivedAt")
    void future() {
        assertThatThrownBy(() -> ReceiptTimeRule.receivedAt(NOW.plusMinutes(2), Channel.ONLINE, false, NOW, SKEW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("receivedAt"));
    }

    @Test
    @DisplayName("a past desk receipt may be recorded by an intake officer only")
    void pastDeskReceipt() {
        OffsetDateTime earlier = NOW.minusHours(2);
        assertThat(ReceiptTimeRule.receivedAt(earlier, Channel.DIRECT, true, NOW, SKEW)).isEqualTo(earlier);
        assertThatThrownBy(() -> ReceiptTimeRule.receivedAt(earlier, Channel.DIRECT, false, NOW, SKEW))
                .isInstanceOf(InvalidInput.class);
    }
}
