package org.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate MAR_5 = LocalDate.of(2020, 3, 5);
    private static final LocalDate JUL_1 = LocalDate.of(2020, 7, 1);

    private static Slot published(int version, LocalDate from, LocalDate to) {
        return new Slot(version, from, to, VersionStatus.PUBLISHED);
    }

    private static RuleViolation violation(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e;
        }
        throw new AssertionError("no rule violated");
    }

    @Test
    @DisplayName("the first version of a procedure is published as it is")
    void firstVersion() {
        assertThat(Timeline.publish(List.of(), JAN_1, null)).isEmpty();
    }

    @Test
    @DisplayName("Notice 371 shortens a procedure from 05/03/2020: the open-ended version now ends that day")
    void closesOpenEndedVersion() {
        assertThat(Timeline.publish(List.of(published(1, JAN_1, null)), MAR_5, null))
                .contains(new Timeline.Closing(1, MAR_5));
    }

    @Test
    @DisplayName("a version announced with an end is closed earlier when its successor starts before that end")
    void closesEarlier() {
        assertThat(Timeline.publish(List.of(published(1, JAN_1, JUL_1)), MAR_5, null))
                .contains(new Timeline.Closing(1, MAR_5));
    }

    @Test
    @DisplayName("a version starting exactly when the previous one ends changes nothing else")
    void startsAtEnd() {
        assertThat(Timeline.publish(List.of(published(1, JAN_1, MAR_5)), MAR_5, null)).isEmpty();
    }

    @Test
    @DisplayName("a version starting on the same day as the latest one overlaps it: conflict on effectiveFrom")
    void sameStartOverlaps() {
        RuleViolation e = violation(() -> Timeline.publish(List.of(published(1, JAN_1, null)), JAN_1, null));
        assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("effectiveFrom");
        assertThat(e.getMessage()).contains("chồng lấn").contains("01/01/2020");
    }

    @Test
    @DisplayName("history cannot be rewritten: a version starting before the latest one is a conflict")
    void earlierStartOverlaps() {
        RuleViolation e = violation(() -> Timeline.publish(
                List.of(published(1, JAN_1, MAR_5), published(2, MAR_5, null)), LocalDate.of(2020, 2, 1), null));
        assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
    }

    @Test
    @DisplayName("a version starting after the latest one has ended would leave a gap: invalid effectiveFrom")
    void gap() {
        RuleViolation e = violation(() -> Timeline.publish(List.of(published(1, JAN_1, MAR_5)), JUL_1, null));
        assertThat(e.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("effectiveFrom");
        assertThat(e.getMessage()).contains("khoảng trống");
    }

    @Test
    @DisplayName("a version ending on or before its start is invalid on effectiveTo")
    void endBeforeStart() {
        assertThat(violation(() -> Timeline.publish(List.of(), MAR_5, MAR_5)).violations())
                .extracting(Violation::field).containsExactly("effectiveTo");
        assertThat(violation(() -> Timeline.checkPeriod(MAR_5, JAN_1)).violations())
                .extracting(Violation::field).containsExactly("effectiveTo");
        assertThat(violation(() -> Timeline.checkPeriod(null, JAN_1)).violations())
                .extracting(Violation::field).containsExactly("effectiveFrom");
    }

    @Test
    @DisplayName("the latest version can be retired from a day after its start")
    void retireLatest() {
        Timeline.retire(List.of(published(1, JAN_1, MAR_5), published(2, MAR_5, null)), 2, JUL_1);
    }

    @Test
    @DisplayName("a superseded version cannot be retired: it would open a gap in history")
    void retireSuperseded() {
        RuleViolation e = violation(() -> Timeline.retire(
                List.of(published(1, JAN_1, MAR_5), published(2, MAR_5, null)), 1, JUL_1));
        assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("version");
    }

    @Test
    @DisplayName("retiring twice, retiring a draft, or retiring on the start day are refused")
    void retireRefusals() {
        List<Slot> retired = List.of(new Slot(1, JAN_1, JUL_1, VersionStatus.RETIRED));
        assertThat(violation(() -> Timeline.retire(retired, 1, JUL_1)).violations())
                .extracting(Violation::field).containsExactly("status");
        assertThat(violation(() -> Timeline.retire(List.of(published(1, JAN_1, null)), 2, JUL_1)).violations())
                .extracting(Violation::field).containsExactly("version");
        assertThat(violation(() -> Timeline.retire(List.of(published(1, JAN_1, null)), 1, JAN_1)).violations())
                .extracting(Violation::field).containsExactly("effectiveTo");
        assertThat(violation(() -> Timeline.retire(List.of(published(1, JAN_1, null)), 1, null)).violations())
                .extracting(Violation::field).containsExactly("effectiveTo");
    }

    @Test
    @DisplayName("a version announced to end cannot be retired later than that end")
    void retireAfterEnd() {
        assertThatThrownBy(() -> Timeline.retire(List.of(published(1, JAN_1, MAR_5)), 1, JUL_1))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("05/03/2020");
        Timeline.retire(List.of(published(1, JAN_1, MAR_5)), 1, LocalDate.of(2020, 2, 1));
    }

    @Test
    @DisplayName("the version in force: the start day counts, the end day belongs to the successor")
    void inForce() {
        List<Slot> timeline = List.of(published(1, JAN_1, MAR_5), published(2, MAR_5, null));
        assertThat(Timeline.inForceOn(timeline, LocalDate.of(2020, 3, 4))).map(Slot::version).contains(1);
        assertThat(Timeline.inForceOn(timeline, MAR_5)).map(Slot::version).contains(2);
        assertThat(Timeline.inForceOn(timeline, JAN_1)).map(Slot::version).contains(1);
        assertThat(Timeline.inForceOn(timeline, LocalDate.of(2019, 12, 31))).isEqualTo(Optional.empty());
        assertThat(Timeline.inForceOn(List.of(published(1, JAN_1, MAR_5)), MAR_5)).isEmpty();
    }

    @Test
    @DisplayName("violations can be placed under an import document's path")
    void prefixed() {
        RuleViolation e = RuleViolation.invalid("effectiveTo", "x").prefixed("procedures[2].versions[0].");
        assertThat(e.violations()).extracting(Violation::field).containsExactly("procedures[2].versions[0].effectiveTo");
        assertThat(e.kind()).isEqualTo(RuleViolation.Kind.INVALID);
    }
}
