package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupplementRuleTest {

    @Test
    @DisplayName("bringing every missing component at intake completes the dossier")
    void completesAtIntake() {
        var d = SupplementRule.decide(DossierStatus.SUPPLEMENT_REQUESTED, false, List.of("TP1", "TP3"), null,
                Set.of("TP1", "TP3"));
        assertThat(d.action()).isEqualTo(SupplementRule.Action.COMPLETES_AT_INTAKE);
        assertThat(d.complete()).isTrue();
    }

    @Test
    @DisplayName("bringing part of what is missing leaves the rest listed")
    void stillIncomplete() {
        var d = SupplementRule.decide(DossierStatus.SUPPLEMENT_REQUESTED, false, List.of("TP1", "TP3"), null,
                Set.of("TP3"));
        assertThat(d.action()).isEqualTo(SupplementRule.Action.STILL_INCOMPLETE_AT_INTAKE);
        assertThat(d.stillMissing()).containsExactly("TP1");
        assertThat(d.complete()).isFalse();
    }

    @Test
    @DisplayName("a supplement processing asked for is forwarded, complete when it covers the request")
    void forwarded() {
        var complete = SupplementRule.decide(DossierStatus.SUPPLEMENT_REQUESTED, true, List.of(), List.of("TP2"),
                Set.of("TP2"));
        assertThat(complete.action()).isEqualTo(SupplementRule.Action.FORWARDED_TO_PROCESSING);
        assertThat(complete.complete()).isTrue();
        var partial = SupplementRule.decide(DossierStatus.SUPPLEMENT_REQUESTED, true, List.of(), List.of("TP2", "TP5"),
                Set.of("TP2"));
        assertThat(partial.complete()).isFalse();
        assertThat(partial.stillMissing()).containsExactly("TP5");
        assertThat(SupplementRule.decide(DossierStatus.SUPPLEMENT_REQUESTED, true, List.of(), null, Set.of("TP2"))
                .complete()).as("processing listed nothing: the applicant's word is taken").isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = "SUPPLEMENT_REQUESTED", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("no supplement is accepted when none is awaited")
    void notAwaited(DossierStatus status) {
        assertThatThrownBy(() -> SupplementRule.decide(status, true, List.of(), List.of(), Set.of("TP1")))
                .isInstanceOf(NotAllowed.class).hasMessageContaining(status.label);
    }
}
