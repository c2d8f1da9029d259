package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.domain.Vn.at;
import static org.motcua.reporting.domain.Vn.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;

class ContributionsTest {

    static final Dims DIMS = DossierFactsTest.DIMS;

    @Test
    @DisplayName("nothing is counted before the dossier is received")
    void notReceived() {
        DossierFacts f = new DossierFacts("X");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, d("2020-03-20"), List.of(), at("2020-03-10T09:00"));
        assertThat(Contributions.of(f)).isEmpty();
    }

    @Test
    @DisplayName("received on its day, resolved on its day by outcome, recorded-late on the day it happened")
    void cells() {
        DossierFacts f = DossierFactsTest.received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-20T15:00"));
        f.eventRecorded(at("2020-03-20T15:00"), at("2020-03-24T08:00"));
        Map<CounterKey, Counters> cells = Contributions.of(f);
        assertThat(cells).containsOnly(
                Map.entry(new CounterKey(d("2020-03-02"), DIMS), new Counters(1, 0, 0, 0, 0, 0, 0)),
                Map.entry(new CounterKey(d("2020-03-20"), DIMS), new Counters(0, 0, 0, 1, 0, 0, 1)));
    }

    @Test
    @DisplayName("resolved in time after two supplement requests is marked for Decision 766; late is not marked twice")
    void multiSupplement() {
        DossierFacts f = DossierFactsTest.received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.ASSIGN, CaseState.IN_PROGRESS, null, List.of(DossierFacts.SECOND_SUPPLEMENT_FLAG),
                at("2020-03-03T09:00"));
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-19T09:00"));
        assertThat(Contributions.of(f).get(new CounterKey(d("2020-03-19"), DIMS)))
                .isEqualTo(new Counters(0, 0, 1, 0, 0, 1, 0));
        DossierFacts g = DossierFactsTest.received("2020-03-02T09:00", "2020-03-20");
        g.transitioned(CaseAction.ASSIGN, CaseState.IN_PROGRESS, null, List.of(DossierFacts.SECOND_SUPPLEMENT_FLAG),
                at("2020-03-03T09:00"));
        g.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-23T09:00"));
        assertThat(Contributions.of(g).get(new CounterKey(d("2020-03-23"), DIMS)))
                .isEqualTo(new Counters(0, 0, 0, 0, 1, 0, 0));
    }

    @Test
    @DisplayName("the delta moves a resolution from one outcome to another and drops unchanged cells")
    void delta() {
        DossierFacts f = DossierFactsTest.received("2020-03-02T09:00", "2020-03-20");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, null, List.of(), at("2020-03-20T15:00"));
        Map<CounterKey, Counters> before = Contributions.of(f);
        f.withdrawalRequested(at("2020-03-10T09:00"));
        Map<CounterKey, Counters> delta = Contributions.delta(before, Contributions.of(f));
        assertThat(delta).containsOnly(
                Map.entry(new CounterKey(d("2020-03-20"), DIMS), new Counters(0, 0, 0, -1, 0, 0, 0)));
    }

    @Test
    @DisplayName("a receipt arriving after the result adds both the receipt and the resolution")
    void receiptAfterResult() {
        DossierFacts f = new DossierFacts("X");
        f.transitioned(CaseAction.RESULT_READY, CaseState.RESULT_READY, d("2020-03-20"), List.of(), at("2020-03-10T09:00"));
        Map<CounterKey, Counters> before = Contributions.of(f);
        f.received(DIMS, true, at("2020-03-02T09:00"), d("2020-03-20"));
        Map<CounterKey, Counters> delta = Contributions.delta(before, Contributions.of(f));
        assertThat(delta).containsOnly(
                Map.entry(new CounterKey(d("2020-03-02"), DIMS), new Counters(1, 1, 0, 0, 0, 0, 0)),
                Map.entry(new CounterKey(d("2020-03-10"), DIMS), new Counters(0, 0, 1, 0, 0, 0, 0)));
    }
}
