package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SequenceClaimsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final DailySequence SGD = new DailySequence("SGDDT", MONDAY);
    private static final DailySequence SGD_TUESDAY = new DailySequence("SGDDT", MONDAY.plusDays(1));
    private static final DailySequence SYT = new DailySequence("SYT", MONDAY);
    private static final DailySequence WARD = new DailySequence("000.00.15.H38", MONDAY);

    @Test
    @DisplayName("a batch of three agencies' receipts, interleaved: each agency's numbered after its day's last, in the order they arrived")
    void interleavedAgencies() {
        SequenceClaims claims = new SequenceClaims(List.of(SGD, SYT, SGD, WARD, SYT, SGD));
        assertThat(claims.counts()).containsExactly(Map.entry(WARD, 1), Map.entry(SGD, 3), Map.entry(SYT, 2));
        // the Department of Education had given 0001-0007 today, Health none, the ward 0041
        int[] numbers = claims.numbers(Map.of(SGD, 7 + 3, SYT, 2, WARD, 42));
        assertThat(numbers).containsExactly(8, 1, 9, 42, 2, 10);
    }

    @Test
    @DisplayName("a receipt after midnight in the same batch as one before it: each day numbered apart")
    void twoDaysOfOneAgency() {
        SequenceClaims claims = new SequenceClaims(List.of(SGD, SGD_TUESDAY, SGD));
        assertThat(claims.counts()).containsExactly(Map.entry(SGD, 2), Map.entry(SGD_TUESDAY, 1));
        assertThat(claims.numbers(Map.of(SGD, 120, SGD_TUESDAY, 1))).containsExactly(119, 1, 120);
    }

    @Test
    @DisplayName("the first dossier of an agency's day is 0001; 64 of them in one batch are 0001 to 0064")
    void firstOfTheDay() {
        List<DailySequence> batch = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            batch.add(SGD);
        }
        int[] numbers = new SequenceClaims(batch).numbers(Map.of(SGD, 64));
        assertThat(numbers[0]).isEqualTo(1);
        assertThat(numbers[63]).isEqualTo(64);
        for (int i = 1; i < numbers.length; i++) {
            assertThat(numbers[i]).isEqualTo(numbers[i - 1] + 1);
        }
    }

    @Test
    @DisplayName("a sequence the database did not advance, or advanced by less than the batch took, is refused, never numbered twice")
    void lastValueMissingOrTooLow() {
        SequenceClaims claims = new SequenceClaims(List.of(SGD, SYT, SYT));
        assertThatThrownBy(() -> claims.numbers(Map.of(SGD, 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SYT");
        assertThatThrownBy(() -> claims.numbers(Map.of(SGD, 5, SYT, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("counter rows lock by agency code, then day, in every transaction: G01 before G01.1 before G02")
    void lockOrder() {
        DailySequence g01 = new DailySequence("G01", MONDAY.plusDays(3));
        DailySequence g01dot1 = new DailySequence("G01.1", MONDAY);
        DailySequence g02 = new DailySequence("G02", MONDAY);
        DailySequence g01earlier = new DailySequence("G01", MONDAY);
        assertThat(new SequenceClaims(List.of(g02, g01dot1, g01, g01earlier)).counts().keySet())
                .containsExactly(g01earlier, g01, g01dot1, g02);
    }
}
