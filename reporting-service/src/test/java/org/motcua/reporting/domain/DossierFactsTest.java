package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.domain.Vn.at;
import static org.motcua.reporting.domain.Vn.d;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;

class DossierFactsTest {

    static final Dims DIMS = new Dims("SGDDT", "GD", "1.005076", "DIRECT");

    static DossierFacts received(String at, String due) {
        DossierFacts f = new DossierFacts("SGDDT-200302-0001");
        f.received(DIMS, false, at(at), d(due));
        return f;
    }

    @Test
    @DisplayName("the first RESULT_READY resolves; the later return does not move the resolution")
    void firstResultReadyResolves() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, d("2020-03-20"), List.of(), at("2020-03-18T10:00"));
        f.transitioned(CaseAction.RETURN_RESULT, CaseState.RESULT_RETURNED, d("2020-03-20"), List.of(),
                at("2020-03-25T10:00"));
        assertThat(f.resolvedOn()).isEqualTo(d("2020-03-18"));
        assertThat(f.resolutionKind()).isEqualTo(ResolutionKind.RESULT_READY);
        assertThat(f.outcome()).isEqualTo(Outcome.EARLY);
        assertThat(f.openUntil()).isEqualTo(d("2020-03-18"));
    }

    @Test
    @DisplayName("a return without a RESULT_READY before it resolves at the return")
    void returnAlone() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.RETURN_RESULT, CaseState.RESULT_RETURNED, null, List.of(), at("2020-03-20T16:00"));
        assertThat(f.resolutionKind()).isEqualTo(ResolutionKind.RESULT_RETURNED);
        assertThat(f.outcome()).isEqualTo(Outcome.ON_TIME);
    }

    @Test
    @DisplayName("a refusal resolves the dossier; a refusal after the deadline is late")
    void refusal() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.REFUSE, CaseState.REFUSED, null, List.of(), at("2020-03-23T08:00"));
        assertThat(f.resolutionKind()).isEqualTo(ResolutionKind.REFUSED);
        assertThat(f.outcome()).isEqualTo(Outcome.LATE);
    }

    @Test
    @DisplayName("the outcome uses the due date in force at resolution, not a later one")
    void dueDateInForceAtResolution() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.dueDateChanged(d("2020-03-27"));
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-25T10:00"));
        f.dueDateChanged(d("2020-03-01"));
        assertThat(f.outcome()).isEqualTo(Outcome.EARLY);
    }

    @Test
    @DisplayName("a transition that overtakes the receipt keeps processing's due date over the appointment slip")
    void caseBeforeReceipt() {
        DossierFacts f = new DossierFacts("X-1");
        f.transitioned(CaseAction.OPEN, CaseState.RECEIVED, d("2020-03-24"), List.of(), at("2020-03-02T09:00"));
        assertThat(f.isReceived()).isFalse();
        f.received(DIMS, true, at("2020-03-02T09:00"), d("2020-03-20"));
        assertThat(f.isReceived()).isTrue();
        assertThat(f.dueDate()).isEqualTo(d("2020-03-24"));
    }

    @Test
    @DisplayName("a withdrawal closes the dossier without a result; a result after it is ignored")
    void withdrawal() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.withdrawalRequested(at("2020-03-05T09:00"));
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-06T09:00"));
        assertThat(f.isResolved()).isFalse();
        assertThat(f.isClosedWithoutResult()).isTrue();
        assertThat(f.outcome()).isNull();
        assertThat(f.openUntil()).isEqualTo(d("2020-03-05"));
    }

    @Test
    @DisplayName("a withdrawal arriving after the result but dated later changes nothing; dated earlier it wins")
    void withdrawalOrderByEventTime() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-06T09:00"));
        f.withdrawalRequested(at("2020-03-09T09:00"));
        assertThat(f.isResolved()).isTrue();

        DossierFacts g = received("2020-03-02T09:00", "2020-03-20");
        g.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-06T09:00"));
        g.withdrawalRequested(at("2020-03-04T09:00"));
        assertThat(g.isResolved()).isFalse();
        assertThat(g.openUntil()).isEqualTo(d("2020-03-04"));
    }

    @Test
    @DisplayName("a stopped case is closed without a result")
    void stopped() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.STOP, CaseState.STOPPED, null, List.of(), at("2020-03-10T09:00"));
        assertThat(f.closeKind()).isEqualTo(CloseKind.STOPPED);
        assertThat(f.isResolved()).isFalse();
    }

    @Test
    @DisplayName("supplement requests are counted; the second-request flag means more than one")
    void supplements() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.REQUEST_SUPPLEMENT, CaseState.SUPPLEMENT_REQUESTED, null, List.of(),
                at("2020-03-03T09:00"));
        assertThat(f.multipleSupplementRequests()).isFalse();
        DossierFacts g = received("2020-03-02T09:00", "2020-03-20");
        g.transitioned(CaseAction.ASSIGN, CaseState.IN_PROGRESS, null, List.of(DossierFacts.SECOND_SUPPLEMENT_FLAG),
                at("2020-03-03T09:00"));
        assertThat(g.multipleSupplementRequests()).isTrue();
        f.transitioned(CaseAction.REQUEST_SUPPLEMENT, CaseState.SUPPLEMENT_REQUESTED, null, List.of(),
                at("2020-03-09T09:00"));
        assertThat(f.multipleSupplementRequests()).isTrue();
    }

    @Test
    @DisplayName("an event entered the next day is recorded late on the day it happened; late the same evening is not")
    void recordedLate() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.eventRecorded(at("2020-03-20T16:30"), at("2020-03-20T23:59"));
        assertThat(f.lateRecordedDates()).isEmpty();
        f.eventRecorded(at("2020-03-20T16:30"), at("2020-03-23T08:00"));
        assertThat(f.lateRecordedDates()).containsExactly(d("2020-03-20"));
    }

    @Test
    @DisplayName("dates are Vietnamese dates even when the instant comes in UTC")
    void vietnameseDates() {
        DossierFacts f = new DossierFacts("X-2");
        f.received(DIMS, false, OffsetDateTime.parse("2020-03-01T18:30Z"), d("2020-03-20"));
        assertThat(f.receivedOn()).isEqualTo(d("2020-03-02"));
    }

    @Test
    @DisplayName("a resolution dated before the receipt does not give an open interval ending before it starts")
    void clampedInterval() {
        DossierFacts f = received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-02-28T09:00"));
        assertThat(f.openUntil()).isEqualTo(d("2020-03-02"));
    }
}
