package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.reporting.domain.Vn.d;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportParametersTest {

    @Test
    @DisplayName("a one-day period has one day; the day before is the carried-over day")
    void oneDay() {
        ReportPeriod p = ReportPeriod.parse("2020-02-29", "2020-02-29", 1830);
        assertThat(p.days()).isEqualTo(1);
        assertThat(p.dayBefore()).isEqualTo(d("2020-02-28"));
    }

    @ParameterizedTest(name = "from={0} to={1} → {2}")
    @CsvSource(value = {
            "2020-12-21, 2020-01-01, from",
            "'', 2020-01-01, from",
            "2020-01-01, '', to",
            "2020-13-01, 2020-12-31, from",
            "2020-01-01, 2021-02-30, to",
            "01/01/2020, 2020-12-31, from",
            "2020-01-01, 2020-12-31T00:00, to",
            "2015-01-01, 2020-12-31, to"})
    @DisplayName("bad periods name the offending parameter")
    void badPeriods(String from, String to, String parameter) {
        assertThatThrownBy(() -> ReportPeriod.parse(from, to, 1830)).isInstanceOf(InvalidParameter.class)
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo(parameter);
    }

    @Test
    @DisplayName("five years fit; a day more does not")
    void maxLength() {
        assertThat(ReportPeriod.parse("2020-01-01", "2024-12-31", 1827).days()).isEqualTo(1827);
        assertThatThrownBy(() -> ReportPeriod.parse("2020-01-01", "2025-01-01", 1827))
                .isInstanceOf(InvalidParameter.class);
    }

    @Test
    @DisplayName("groupBy accepts field, procedure, agency in any case, defaults to field, refuses anything else")
    void groupBy() {
        assertThat(GroupBy.parse(null)).isEqualTo(GroupBy.FIELD);
        assertThat(GroupBy.parse("Procedure")).isEqualTo(GroupBy.PROCEDURE);
        assertThat(GroupBy.parse("agency")).isEqualTo(GroupBy.AGENCY);
        assertThatThrownBy(() -> GroupBy.parse("officer")).isInstanceOf(InvalidParameter.class)
                .hasMessageContaining("groupBy");
    }

    @Test
    @DisplayName("an agency code with quotes or spaces is refused")
    void agency() {
        assertThat(GroupBy.agency(" ")).isNull();
        assertThat(GroupBy.agency("000.00.12.H38")).isEqualTo("000.00.12.H38");
        assertThatThrownBy(() -> GroupBy.agency("x' OR 1=1")).isInstanceOf(InvalidParameter.class);
    }
}
