package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.domain.Vn.d;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    @DisplayName("a result the day before the appointment is early, on the day on time, the day after late")
    void comparesDates() {
        assertThat(Outcome.classify(d("2020-03-19"), d("2020-03-20"))).isEqualTo(Outcome.EARLY);
        assertThat(Outcome.classify(d("2020-03-20"), d("2020-03-20"))).isEqualTo(Outcome.ON_TIME);
        assertThat(Outcome.classify(d("2020-03-21"), d("2020-03-20"))).isEqualTo(Outcome.LATE);
    }

    @Test
    @DisplayName("a procedure without a time limit cannot be late")
    void noDueDate() {
        assertThat(Outcome.classify(d("2020-03-21"), null)).isEqualTo(Outcome.ON_TIME);
    }
}
