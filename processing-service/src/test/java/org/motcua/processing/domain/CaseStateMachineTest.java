package org.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;

/** The table against an independent statement of the rules: every (state, action) pair, allowed or refused. */
class CaseStateMachineTest {

    /** state: ACTION>NEXT ... written out by hand from the README's table. */
    private static final String EXPECTED = """
            RECEIVED: ASSIGN>IN_PROGRESS EXTEND>RECEIVED STOP>STOPPED WITHDRAW>WITHDRAWN
            IN_PROGRESS: ASSIGN>IN_PROGRESS REQUEST_SUPPLEMENT>SUPPLEMENT_REQUESTED REQUEST_PAYMENT>PAYMENT_REQUESTED APPROVE>APPROVED REFUSE>REFUSED EXTEND>IN_PROGRESS STOP>STOPPED WITHDRAW>WITHDRAWN
            SUPPLEMENT_REQUESTED: SUPPLEMENT_RECEIVED>IN_PROGRESS STOP>STOPPED WITHDRAW>WITHDRAWN
            PAYMENT_REQUESTED: PAYMENT_RECEIVED>IN_PROGRESS EXTEND>PAYMENT_REQUESTED STOP>STOPPED WITHDRAW>WITHDRAWN
            APPROVED: RESULT_READY>RESULT_READY EXTEND>APPROVED WITHDRAW>WITHDRAWN
            REFUSED: RETURN_RESULT>RESULT_RETURNED WITHDRAW>WITHDRAWN
            RESULT_READY: RETURN_RESULT>RESULT_RETURNED WITHDRAW>WITHDRAWN
            RESULT_RETURNED:
            WITHDRAWN:
            STOPPED:
            """;

    private static Map<CaseState, Map<CaseAction, CaseState>> expected() {
        Map<CaseState, Map<CaseAction, CaseState>> table = new EnumMap<>(CaseState.class);
        EXPECTED.lines().forEach(line -> {
            String[] parts = line.split(":", 2);
            Map<CaseAction, CaseState> row = new EnumMap<>(CaseAction.class);
            for (String cell : parts[1].trim().split("\\s+")) {
                if (!cell.isEmpty()) {
                    String[] kv = cell.split(">");
                    row.put(CaseAction.valueOf(kv[0]), CaseState.valueOf(kv[1]));
                }
            }
            table.put(CaseState.valueOf(parts[0]), row);
        });
        return table;
    }

    @Test
    @DisplayName("every allowed (state, action) leads to its state and every other pair is refused")
    void everyPair() {
        Map<CaseState, Map<CaseAction, CaseState>> table = expected();
        assertThat(table).hasSize(CaseState.values().length);
        int allowed = 0;
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                CaseState next = table.get(state).get(action);
                assertThat(CaseStateMachine.next(state, action)).as("%s -%s->", state, action)
                        .isEqualTo(java.util.Optional.ofNullable(next));
                allowed += next == null ? 0 : 1;
            }
        }
        assertThat(allowed).isEqualTo(26);
    }

    @Test
    @DisplayName("final states allow nothing; OPEN is never recorded by hand")
    void finalStates() {
        for (CaseState state : CaseState.values()) {
            assertThat(CaseStateMachine.actionsIn(state).isEmpty()).as("%s", state).isEqualTo(state.isFinal());
            assertThat(CaseStateMachine.next(state, CaseAction.OPEN)).isEmpty();
        }
    }

    @Test
    @DisplayName("roles per action: the head decides, officers handle, the desk records supplements and withdrawals")
    void roles() {
        Map<CaseAction, Set<String>> expected = new EnumMap<>(CaseAction.class);
        Set<String> head = Set.of("unit-head");
        Set<String> handlers = Set.of("processing-officer", "unit-head");
        for (CaseAction a : Set.of(CaseAction.ASSIGN, CaseAction.APPROVE, CaseAction.REFUSE, CaseAction.EXTEND,
                CaseAction.STOP)) {
            expected.put(a, head);
        }
        for (CaseAction a : Set.of(CaseAction.REQUEST_SUPPLEMENT, CaseAction.REQUEST_PAYMENT,
                CaseAction.PAYMENT_RECEIVED, CaseAction.RESULT_READY, CaseAction.RETURN_RESULT)) {
            expected.put(a, handlers);
        }
        expected.put(CaseAction.SUPPLEMENT_RECEIVED, Set.of("processing-officer", "intake-officer", "unit-head"));
        expected.put(CaseAction.WITHDRAW, Set.of("processing-officer", "intake-officer", "unit-head"));
        expected.put(CaseAction.OPEN, Set.of());
        for (CaseAction action : CaseAction.values()) {
            assertThat(Set.copyOf(CaseStateMachine.rolesFor(action))).as("%s", action).isEqualTo(expected.get(action));
            assertThat(CaseStateMachine.actingRole(action, Set.of("auditor"))).isEmpty();
        }
    }

    @Test
    @DisplayName("the actions offered to a caller are those of the state that the caller's roles allow")
    void actionsForCaller() {
        assertThat(CaseStateMachine.actionsIn(CaseState.IN_PROGRESS, Set.of("processing-officer")))
                .containsExactly(CaseAction.REQUEST_SUPPLEMENT, CaseAction.REQUEST_PAYMENT, CaseAction.WITHDRAW);
        assertThat(CaseStateMachine.actionsIn(CaseState.SUPPLEMENT_REQUESTED, Set.of("intake-officer")))
                .containsExactly(CaseAction.SUPPLEMENT_RECEIVED, CaseAction.WITHDRAW);
        assertThat(CaseStateMachine.actionsIn(CaseState.RECEIVED, Set.of("auditor"))).isEmpty();
    }
}
