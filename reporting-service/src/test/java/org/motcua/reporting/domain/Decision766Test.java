package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Decision766Test {

    static Decision766.Indicator find(List<Decision766.Indicator> all, String code) {
        return all.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the six indicators carry their weights, 100 in all; three are not measured")
    void weights() {
        List<Decision766.Indicator> all = Decision766.indicators(new Decision766.Inputs(10, 10, 0, 0, 10, 5, 8));
        assertThat(all).extracting(Decision766.Indicator::weight).containsExactly(18, 20, 12, 10, 22, 18);
        assertThat(all.stream().mapToInt(Decision766.Indicator::weight).sum()).isEqualTo(100);
        assertThat(all).filteredOn(i -> !i.measured()).extracting(Decision766.Indicator::code)
                .containsExactlyInAnyOrder("TRANSPARENCY", "ONLINE_PAYMENT", "SATISFACTION");
        assertThat(Decision766.measuredWeight(all)).isEqualTo(54);
        assertThat(Decision766.points(all)).isEqualByComparingTo("54");
        assertThat(all).allSatisfy(i -> assertThat(i.formula()).isNotBlank());
    }

    @Test
    @DisplayName("online 25 % gives half of 12 points; 60 % gives full points, never more")
    void online() {
        assertThat(find(Decision766.indicators(new Decision766.Inputs(0, 0, 0, 0, 100, 25, 0)), "ONLINE").points())
                .isEqualByComparingTo("6.00");
        assertThat(find(Decision766.indicators(new Decision766.Inputs(0, 0, 0, 0, 100, 60, 0)), "ONLINE").points())
                .isEqualByComparingTo("12.00");
    }

    @Test
    @DisplayName("digitisation 40 % gives half of 22 points; progress 9 of 10 in time gives 18 of 20")
    void digitisationAndProgress() {
        List<Decision766.Indicator> all = Decision766.indicators(new Decision766.Inputs(8, 7, 2, 2, 100, 0, 40));
        assertThat(find(all, "DIGITISATION").points()).isEqualByComparingTo("11.00");
        assertThat(find(all, "PROGRESS").rate()).isEqualByComparingTo("0.9");
        assertThat(find(all, "PROGRESS").points()).isEqualByComparingTo("18.00");
    }

    @Test
    @DisplayName("with no dossier in the period nothing is measured and no points are given")
    void empty() {
        List<Decision766.Indicator> all = Decision766.indicators(new Decision766.Inputs(0, 0, 0, 0, 0, 0, 0));
        assertThat(all).noneMatch(Decision766.Indicator::measured);
        assertThat(Decision766.points(all)).isEqualByComparingTo("0");
    }
}
