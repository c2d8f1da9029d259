package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Form06TallyTest {

    @Test
    @DisplayName("the DoET 2020 report: 557 received, 508 early, 1 on time, 48 in progress in time gives 99.8 % published")
    void referenceCase() {
        Form06Tally t = new Form06Tally()
                .addCounters(new Counters(300, 0, 508, 1, 0, 0, 1), false)
                .addCounters(new Counters(257, 0, 0, 0, 0, 0, 0), true)
                .addInProgress(48, 0, 0);
        Form06Figures f = t.figures();
        assertThat(f.received()).isEqualTo(557);
        assertThat(f.receivedOnline()).isEqualTo(257);
        assertThat(f.receivedDirectOrPostal()).isEqualTo(300);
        assertThat(f.resolved()).isEqualTo(509);
        assertThat(f.inProgressWithinDeadline()).isEqualTo(48);
        assertThat(f.onTimeRate()).isEqualByComparingTo("1.0000");
        assertThat(f.onTimeRateIncludingInProgress()).isEqualByComparingTo("1.0000");
        assertThat(f.recordedLate()).isEqualTo(1);
    }

    @Test
    @DisplayName("rates have four decimals and are null when nothing was resolved")
    void rates() {
        Form06Figures f = new Form06Tally().addCounters(new Counters(3, 0, 1, 1, 1, 0, 0), false)
                .addInProgress(2, 1, 0).figures();
        assertThat(f.onTimeRate()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(f.onTimeRateIncludingInProgress()).isEqualTo(new BigDecimal("0.6000"));
        Form06Figures empty = new Form06Tally().addCarriedOver(4).figures();
        assertThat(empty.onTimeRate()).isNull();
        assertThat(empty.onTimeRateIncludingInProgress()).isNull();
        assertThat(empty.carriedOver()).isEqualTo(4);
        assertThat(Rates.ratio(556, 557)).isEqualTo(new BigDecimal("0.9982"));
    }

    @Test
    @DisplayName("for Decision 766, in-time results after several supplement requests and overdue work are late")
    void indicatorInputs() {
        Decision766.Inputs in = new Form06Tally().addCounters(new Counters(10, 4, 5, 2, 1, 1, 0), true)
                .addInProgress(3, 1, 1).indicatorInputs();
        assertThat(in.resolved()).isEqualTo(8);
        assertThat(in.resolvedInTime()).isEqualTo(6);
        assertThat(in.inProgress()).isEqualTo(3);
        assertThat(in.inProgressInTime()).isEqualTo(1);
        assertThat(in.receivedOnline()).isEqualTo(10);
        assertThat(in.digitised()).isEqualTo(4);
    }
}
