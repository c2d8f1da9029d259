package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.domain.Vn.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodSplitTest {

    /** Every day the split covers, expanding the months: must be exactly the period. */
    static List<LocalDate> days(PeriodSplit s) {
        List<LocalDate> days = new ArrayList<>();
        for (PeriodSplit.Range r : List.of(s.headDays(), s.tailDays())) {
            for (LocalDate x = r.from(); !x.isAfter(r.to()); x = x.plusDays(1)) {
                days.add(x);
            }
        }
        for (LocalDate m = s.months().from(); !m.isAfter(s.months().to()); m = m.plusMonths(1)) {
            for (LocalDate x = m; x.getMonth() == m.getMonth(); x = x.plusDays(1)) {
                days.add(x);
            }
        }
        return days.stream().sorted().toList();
    }

    static List<LocalDate> expected(String from, String to) {
        return d(from).datesUntil(d(to).plusDays(1)).toList();
    }

    @Test
    @DisplayName("the reference period 01/01-21/12 is 11 whole months and 21 days")
    void reference() {
        PeriodSplit s = PeriodSplit.of(d("2020-01-01"), d("2020-12-21"));
        assertThat(s.headDays().isEmpty()).isTrue();
        assertThat(s.months()).isEqualTo(new PeriodSplit.Range(d("2020-01-01"), d("2020-11-01")));
        assertThat(s.tailDays()).isEqualTo(new PeriodSplit.Range(d("2020-12-01"), d("2020-12-21")));
        assertThat(days(s)).isEqualTo(expected("2020-01-01", "2020-12-21"));
    }

    @Test
    @DisplayName("every period is covered exactly once, whatever its ends")
    void coversExactly() {
        String[][] periods = {{"2020-01-15", "2020-01-20"}, {"2020-01-15", "2020-02-10"}, {"2020-01-01", "2020-01-31"},
                {"2020-01-31", "2020-03-01"}, {"2020-02-01", "2020-02-29"}, {"2019-12-31", "2021-01-01"},
                {"2020-03-05", "2020-03-05"}, {"2020-01-02", "2020-12-31"}};
        for (String[] p : periods) {
            assertThat(days(PeriodSplit.of(d(p[0]), d(p[1])))).as(p[0] + ".." + p[1]).isEqualTo(expected(p[0], p[1]));
        }
    }
}
