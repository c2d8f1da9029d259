package org.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.processing.domain.Cases.CALENDAR;
import static org.motcua.processing.domain.Cases.at;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.DueDate;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.processing.CaseState;

class TimelinessAndDeadlineTest {

    private static final DueDate DUE = new DueDate(LocalDate.of(2020, 3, 25), at("2020-03-25T17:00"));

    @Test
    @DisplayName("before the due day is EARLY, on it ON_TIME until 17:00, after that LATE")
    void timeliness() {
        assertThat(Timeliness.of(at("2020-03-24T23:59"), DUE, VietnamTime.ZONE)).isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(at("2020-03-25T00:00"), DUE, VietnamTime.ZONE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(at("2020-03-25T17:00"), DUE, VietnamTime.ZONE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(at("2020-03-25T17:01"), DUE, VietnamTime.ZONE)).isEqualTo(Timeliness.LATE);
    }

    @Test
    @DisplayName("the wall-clock day is read in Vietnam time even when the instant comes in UTC")
    void timelinessUtc() {
        assertThat(Timeliness.of(java.time.OffsetDateTime.parse("2020-03-24T18:00Z"), DUE, VietnamTime.ZONE))
                .isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    @DisplayName("due soon within 2 working days (weekend skipped), overdue after the due instant")
    void alerts() {
        // due Wed 25/3: on Mon 23/3 two working days remain
        assertThat(DeadlineStatus.of(CaseState.IN_PROGRESS, DUE, at("2020-03-20T10:00"), CALENDAR, 2)).isEmpty();
        assertThat(DeadlineStatus.of(CaseState.IN_PROGRESS, DUE, at("2020-03-23T10:00"), CALENDAR, 2))
                .contains(DeadlineStatus.Alert.DUE_SOON);
        assertThat(DeadlineStatus.of(CaseState.IN_PROGRESS, DUE, at("2020-03-25T17:00"), CALENDAR, 2))
                .contains(DeadlineStatus.Alert.DUE_SOON);
        assertThat(DeadlineStatus.of(CaseState.APPROVED, DUE, at("2020-03-25T17:01"), CALENDAR, 2))
                .contains(DeadlineStatus.Alert.OVERDUE);
        assertThat(DeadlineStatus.dueSoonHorizon(at("2020-03-20T10:00"), CALENDAR, 2))
                .isEqualTo(LocalDate.of(2020, 3, 24));
    }

    @Test
    @DisplayName("resolved, final and paused cases are not watched")
    void notWatched() {
        for (CaseState s : new CaseState[] {CaseState.RESULT_READY, CaseState.REFUSED, CaseState.RESULT_RETURNED,
                CaseState.WITHDRAWN, CaseState.STOPPED, CaseState.SUPPLEMENT_REQUESTED}) {
            assertThat(DeadlineStatus.of(s, DUE, at("2020-04-25T17:01"), CALENDAR, 2)).as("%s", s)
                    .isEqualTo(Optional.empty());
        }
    }
}
