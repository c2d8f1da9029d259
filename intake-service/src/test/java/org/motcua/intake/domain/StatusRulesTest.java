package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.motcua.contracts.processing.CaseState;

class StatusRulesTest {

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"RECEIVED", "SUPPLEMENT_REQUESTED", "IN_PROGRESS",
            "PAYMENT_REQUESTED", "APPROVED"})
    @DisplayName("an applicant may withdraw a dossier that is not yet resolved")
    void withdrawable(DossierStatus status) {
        assertThatCode(() -> WithdrawalRule.check(status)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"NOT_RECEIVED", "WITHDRAWAL_REQUESTED", "REFUSED",
            "RESULT_READY", "RESULT_RETURNED", "WITHDRAWN", "STOPPED"})
    @DisplayName("a refused, resolved, stopped or withdrawn dossier cannot be withdrawn")
    void notWithdrawable(DossierStatus status) {
        assertThatThrownBy(() -> WithdrawalRule.check(status)).isInstanceOf(NotAllowed.class)
                .hasMessageContaining("không thể rút hồ sơ");
    }

    @Test
    @DisplayName("every processing state has a dossier status with the same national code")
    void processingStatesMapped() {
        Arrays.stream(CaseState.values()).forEach(state -> assertThat(
                DossierStatus.valueOf(state.name()).nationalStatusCode).isEqualTo(state.nationalStatusCode));
    }

    @Test
    @DisplayName("a late or replayed older processing event does not overwrite a newer status")
    void newerOnly() {
        OffsetDateTime t = OffsetDateTime.parse("2020-03-10T09:00:00+07:00");
        assertThat(NewerOnly.shouldApply(null, t)).isTrue();
        assertThat(NewerOnly.shouldApply(t, t.plusMinutes(1))).isTrue();
        assertThat(NewerOnly.shouldApply(t, t)).as("same time: topic order").isTrue();
        assertThat(NewerOnly.shouldApply(t, t.minusSeconds(1))).isFalse();
        assertThat(NewerOnly.shouldApply(t, null)).isFalse();
    }
}
