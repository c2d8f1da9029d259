package org.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.processing.domain.Cases.*;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.Decision;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.processing.domain.TransitionRefused.Kind;

class CaseWorkflowTest {

    private static ActionInput act(CaseAction action, String at) {
        return ActionInput.of(action, at == null ? null : Cases.at(at));
    }

    private static ActionInput supplementRequest(String at) {
        return new ActionInput(CaseAction.REQUEST_SUPPLEMENT, Cases.at(at), null, null, null, "Thiếu giấy tờ", null,
                null, List.of("Bản sao giấy phép"));
    }

    private static ActionInput extend(String at, LocalDate newDue) {
        return new ActionInput(CaseAction.EXTEND, Cases.at(at), null, null, null, "Cần xin ý kiến Sở Tư pháp",
                newDue, null, List.of());
    }

    private static TransitionRefused refused(ThrowingCallable call) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(TransitionRefused.class, e -> caught[0] = e);
        return (TransitionRefused) caught[0];
    }

    private static CaseSnapshot inProgress(ClockMode mode) {
        return in(CaseState.IN_PROGRESS, received(mode));
    }

    @Test
    @DisplayName("the fixture is due on Wed 25/3/2020 at 17:00 (15 working days from 4/3)")
    void fixture() {
        assertThat(received(ClockMode.RESTART).due().dueDate()).isEqualTo(LocalDate.of(2020, 3, 25));
    }

    @Nested
    class Guards {
        @Test
        @DisplayName("a role not allowed for the action is FORBIDDEN, whatever the state")
        void role() {
            assertThat(refused(() -> decide(received(ClockMode.RESTART), new ActionInput(CaseAction.ASSIGN, null,
                    "P1", "O1", null, null, null, null, List.of()), OFFICER)).kind()).isEqualTo(Kind.FORBIDDEN);
        }

        @Test
        @DisplayName("an action the state does not allow is NOT_ALLOWED and lists what the caller may do")
        void state() {
            TransitionRefused e = refused(() -> decide(received(ClockMode.RESTART),
                    act(CaseAction.RESULT_READY, null), HEAD));
            assertThat(e.kind()).isEqualTo(Kind.NOT_ALLOWED);
            assertThat(e.allowedActions()).containsExactly(CaseAction.ASSIGN, CaseAction.EXTEND, CaseAction.STOP,
                    CaseAction.WITHDRAW);
        }

        @Test
        @DisplayName("OPEN and a missing action are invalid input")
        void open() {
            assertThat(refused(() -> decide(received(ClockMode.RESTART), act(CaseAction.OPEN, null), HEAD))
                    .problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("action");
            assertThat(refused(() -> decide(received(ClockMode.RESTART), act(null, null), HEAD)).kind())
                    .isEqualTo(Kind.INVALID);
        }

        @Test
        @DisplayName("a refusal needs number, date, signer and reason; an approval all but the reason")
        void decisionFields() {
            TransitionRefused e = refused(() -> decide(inProgress(ClockMode.RESTART), new ActionInput(
                    CaseAction.REFUSE, null, null, null, new Decision(" ", null, "Nguyễn Văn A", null), null, null,
                    null, List.of()), HEAD));
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.problems()).extracting(TransitionRefused.FieldProblem::field)
                    .containsExactly("decision.number", "decision.date", "decision.reason");
            assertThat(refused(() -> decide(inProgress(ClockMode.RESTART), act(CaseAction.APPROVE, null), HEAD))
                    .problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("decision");
            TransitionOutcome ok = decide(inProgress(ClockMode.RESTART), new ActionInput(CaseAction.APPROVE,
                    Cases.at("2020-03-20T10:00"), null, null, new Decision("12/QĐ", LocalDate.of(2020, 3, 20), "A",
                    null), null, null, null, List.of()), HEAD);
            assertThat(ok.toState()).isEqualTo(CaseState.APPROVED);
        }

        @Test
        @DisplayName("a decision dated after the action is refused")
        void decisionDate() {
            assertThat(refused(() -> decide(inProgress(ClockMode.RESTART), new ActionInput(CaseAction.APPROVE,
                    Cases.at("2020-03-20T10:00"), null, null, new Decision("12/QĐ", LocalDate.of(2020, 3, 21), "A",
                    null), null, null, null, List.of()), HEAD)).problems())
                    .extracting(TransitionRefused.FieldProblem::field).containsExactly("decision.date");
        }

        @Test
        @DisplayName("each action's mandatory fields are named")
        void otherFields() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            assertThat(refused(() -> decide(received(ClockMode.RESTART), act(CaseAction.ASSIGN, null), HEAD))
                    .problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("unit", "officer");
            assertThat(refused(() -> decide(s, act(CaseAction.REQUEST_SUPPLEMENT, null), OFFICER)).problems())
                    .extracting(TransitionRefused.FieldProblem::field).containsExactly("missingComponents", "reason");
            assertThat(refused(() -> decide(s, act(CaseAction.EXTEND, null), HEAD)).problems())
                    .extracting(TransitionRefused.FieldProblem::field).containsExactly("reason", "newDueDate");
            assertThat(refused(() -> decide(s, act(CaseAction.STOP, null), HEAD)).problems())
                    .extracting(TransitionRefused.FieldProblem::field).containsExactly("reason");
            assertThat(refused(() -> decide(in(CaseState.RESULT_READY, s), act(CaseAction.RETURN_RESULT, null),
                    OFFICER)).problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("channel");
        }

        @Test
        @DisplayName("occurredAt: now by default, back-dating down to the previous step, never in the future")
        void occurredAt() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            assertThat(decide(s, act(CaseAction.REQUEST_PAYMENT, null), OFFICER).occurredAt())
                    .isEqualTo(Cases.at("2026-11-27T10:00"));
            assertThat(decide(s, act(CaseAction.REQUEST_PAYMENT, "2020-03-04T09:00"), OFFICER).occurredAt())
                    .isEqualTo(Cases.at("2020-03-04T09:00"));
            assertThat(decide(s, act(CaseAction.REQUEST_PAYMENT, "2026-11-27T10:01"), OFFICER).occurredAt())
                    .isEqualTo(Cases.at("2026-11-27T10:01"));
            assertThat(refused(() -> decide(s, act(CaseAction.REQUEST_PAYMENT, "2026-11-27T10:02"), OFFICER))
                    .problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("occurredAt");
            TransitionRefused early = refused(() -> decide(s, act(CaseAction.REQUEST_PAYMENT, "2020-03-04T08:59"),
                    OFFICER));
            assertThat(early.kind()).isEqualTo(Kind.RULE);
            assertThat(early.detail()).contains("09:00 04/03/2020");
        }
    }

    @Nested
    class SupplementRequests {
        @Test
        @DisplayName("requested on the 3rd working day after receipt: no flag; on the 4th: LATE_SUPPLEMENT_REQUEST")
        void lateFlag() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            TransitionOutcome onTime = decide(s, supplementRequest("2020-03-09T16:00"), OFFICER);
            assertThat(onTime.flags()).isEmpty();
            assertThat(onTime.toState()).isEqualTo(CaseState.SUPPLEMENT_REQUESTED);
            assertThat(onTime.pausedSince()).isEqualTo(Cases.at("2020-03-09T16:00"));
            assertThat(decide(s, supplementRequest("2020-03-10T08:00"), OFFICER).flags())
                    .containsExactly(CaseWorkflow.LATE_SUPPLEMENT_REQUEST);
        }

        @Test
        @DisplayName("a second supplement request is allowed but flagged SECOND_SUPPLEMENT_REQUEST")
        void second() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            TransitionOutcome first = decide(s, supplementRequest("2020-03-05T10:00"), OFFICER);
            TransitionOutcome back = decide(after(s, first), act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-06T10:00"),
                    DESK);
            TransitionOutcome second = decide(after(after(s, first), back), supplementRequest("2020-03-06T11:00"),
                    OFFICER);
            assertThat(second.flags()).containsExactly(CaseWorkflow.SECOND_SUPPLEMENT_REQUEST);
            assertThat(second.supplementRequests()).isEqualTo(2);
        }
    }

    @Nested
    class Clock {
        private CaseSnapshot pausedOn(ClockMode mode, String at) {
            CaseSnapshot s = inProgress(mode);
            return after(s, decide(s, supplementRequest(at), OFFICER));
        }

        @Test
        @DisplayName("RESTART: supplement back Fri 13/3 → 15 working days again from 13/3, skipping Hùng Kings' day: Mon 6/4")
        void restart() {
            TransitionOutcome o = decide(pausedOn(ClockMode.RESTART, "2020-03-06T10:00"),
                    act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-13T10:00"), DESK);
            assertThat(o.toState()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(o.dueAfter().dueDate()).isEqualTo(LocalDate.of(2020, 4, 6));
            assertThat(o.dueAfter().dueAt()).isEqualTo(Cases.at("2020-04-06T17:00"));
            assertThat(o.dueChange()).isEqualTo(DueDateChangeReason.SUPPLEMENT_RESTART);
            assertThat(o.explanation()).contains("tính lại từ đầu").contains("13/03/2020");
            assertThat(o.pausedSince()).isNull();
            assertThat(o.pausedWorkingDays()).isEqualTo(5);
        }

        @Test
        @DisplayName("RESUME: paused Fri 6/3 to Fri 13/3 (5 working days) → due 25/3 moves to Wed 1/4")
        void resume() {
            TransitionOutcome o = decide(pausedOn(ClockMode.RESUME, "2020-03-06T10:00"),
                    act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-13T10:00"), DESK);
            assertThat(o.dueAfter().dueDate()).isEqualTo(LocalDate.of(2020, 4, 1));
            assertThat(o.dueChange()).isEqualTo(DueDateChangeReason.SUPPLEMENT_RESUME);
            assertThat(o.explanation()).contains("5 ngày làm việc");
        }

        @Test
        @DisplayName("RESUME, same day back: the deadline does not move and no change is reported")
        void resumeSameDay() {
            TransitionOutcome o = decide(pausedOn(ClockMode.RESUME, "2020-03-06T10:00"),
                    act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-06T15:00"), DESK);
            assertThat(o.dueDateChanged()).isFalse();
            assertThat(o.dueAfter()).isEqualTo(o.dueBefore());
        }

        @Test
        @DisplayName("RESUME for a procedure counted in hours: the deadline moves by the paused working time")
        void resumeHours() {
            org.motcua.contracts.catalog.ProcessingDuration eight = new org.motcua.contracts.catalog.ProcessingDuration(
                    8, org.motcua.contracts.catalog.DurationUnit.WORKING_HOURS);
            java.time.OffsetDateTime receivedAt = Cases.at("2020-03-04T08:00");
            org.motcua.calendar.DueDate due = CALENDAR.dueDate(receivedAt, eight);
            assertThat(due.dueAt()).isEqualTo(Cases.at("2020-03-05T08:00"));
            CaseSnapshot paused = new CaseSnapshot(CaseState.SUPPLEMENT_REQUESTED, receivedAt, eight, due,
                    ClockMode.RESUME, Cases.at("2020-03-04T10:00"), 0, 0, false, 1, Cases.at("2020-03-04T10:00"));
            TransitionOutcome o = decide(paused, act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-04T14:30"), DESK);
            assertThat(o.dueAfter().dueAt()).isEqualTo(Cases.at("2020-03-05T10:30"));
            assertThat(o.pausedWorkingMinutes()).isEqualTo(150);
            TransitionOutcome odd = decide(paused, act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-04T14:37"), DESK);
            assertThat(odd.dueAfter().dueAt()).as("rounded up to the quarter hour").isEqualTo(Cases.at("2020-03-05T10:45"));
        }

        @Test
        @DisplayName("RESUME for a procedure counted in calendar days: the deadline moves by the paused calendar days")
        void resumeCalendarDays() {
            org.motcua.contracts.catalog.ProcessingDuration ten = new org.motcua.contracts.catalog.ProcessingDuration(
                    10, org.motcua.contracts.catalog.DurationUnit.CALENDAR_DAYS);
            java.time.OffsetDateTime receivedAt = Cases.at("2020-03-04T09:00");
            org.motcua.calendar.DueDate due = CALENDAR.dueDate(receivedAt, ten);
            assertThat(due.dueDate()).as("Sat 14/3 moves to Mon 16/3").isEqualTo(LocalDate.of(2020, 3, 16));
            CaseSnapshot paused = new CaseSnapshot(CaseState.SUPPLEMENT_REQUESTED, receivedAt, ten, due,
                    ClockMode.RESUME, Cases.at("2020-03-06T10:00"), 0, 0, false, 1, Cases.at("2020-03-06T10:00"));
            TransitionOutcome o = decide(paused, act(CaseAction.SUPPLEMENT_RECEIVED, "2020-03-13T10:00"), DESK);
            assertThat(o.dueAfter().dueDate()).isEqualTo(LocalDate.of(2020, 3, 23));
        }
    }

    @Nested
    class Extension {
        @Test
        @DisplayName("apology sent two days before due moves the date once; EXTEND is then no longer offered")
        void once() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            TransitionOutcome o = decide(s, extend("2020-03-23T09:00", LocalDate.of(2020, 3, 31)), HEAD);
            assertThat(o.toState()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(o.dueAfter().dueAt()).isEqualTo(Cases.at("2020-03-31T17:00"));
            assertThat(o.dueChange()).isEqualTo(DueDateChangeReason.EXTENSION);
            assertThat(o.extended()).isTrue();
            CaseSnapshot extended = after(s, o);
            assertThat(CaseWorkflow.allowedActions(extended, HEAD.roles())).doesNotContain(CaseAction.EXTEND);
            TransitionRefused second = refused(() -> decide(extended, extend("2020-03-24T09:00",
                    LocalDate.of(2020, 4, 3)), HEAD));
            assertThat(second.kind()).isEqualTo(Kind.NOT_ALLOWED);
            assertThat(second.detail()).contains("một lần");
        }

        @Test
        @DisplayName("the day before due is the last day for the apology; on the due day it is refused")
        void lastDay() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            assertThat(decide(s, extend("2020-03-24T16:59", LocalDate.of(2020, 3, 31)), HEAD).extended()).isTrue();
            TransitionRefused e = refused(() -> decide(s, extend("2020-03-25T08:00", LocalDate.of(2020, 3, 31)), HEAD));
            assertThat(e.kind()).isEqualTo(Kind.RULE);
            assertThat(e.problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("occurredAt");
        }

        @Test
        @DisplayName("the new date must be after the current one and a working day")
        void newDate() {
            CaseSnapshot s = inProgress(ClockMode.RESTART);
            assertThat(refused(() -> decide(s, extend("2020-03-20T09:00", LocalDate.of(2020, 3, 25)), HEAD))
                    .problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("newDueDate");
            assertThat(refused(() -> decide(s, extend("2020-03-20T09:00", LocalDate.of(2020, 4, 2)), HEAD))
                    .detail()).contains("không phải ngày làm việc");
        }
    }

    @Test
    @DisplayName("the acting role recorded is the caller's role that the action allows")
    void actingRole() {
        Caller both = new Caller("x", java.util.Set.of("intake-officer", "processing-officer"), null);
        assertThat(decide(in(CaseState.RESULT_READY, inProgress(ClockMode.RESTART)), new ActionInput(
                CaseAction.RETURN_RESULT, null, null, null, null, null, null, Channel.POSTAL, List.of()), both)
                .actingRole()).isEqualTo("processing-officer");
    }

    @Nested
    class Migration {
        private final Caller ops = new Caller("migration-1", java.util.Set.of("ops"), null);

        private ActionInput approve(String at, String recordedAt) {
            return new ActionInput(CaseAction.APPROVE, Cases.at(at), null, null,
                    new Decision("12/QĐ", LocalDate.of(2020, 3, 20), "A", null), null, null, null, List.of(),
                    recordedAt == null ? null : Cases.at(recordedAt));
        }

        @Test
        @DisplayName("ops with a legacy recording time replays a head's action: role ops, flag MIGRATED")
        void opsReplays() {
            TransitionOutcome o = decide(inProgress(ClockMode.RESTART), approve("2020-03-20T10:00",
                    "2020-03-21T08:00"), ops);
            assertThat(o.toState()).isEqualTo(CaseState.APPROVED);
            assertThat(o.actingRole()).isEqualTo("ops");
            assertThat(o.flags()).containsExactly(CaseWorkflow.MIGRATED);
            assertThat(o.legacyRecordedAt()).isEqualTo(Cases.at("2020-03-21T08:00"));
        }

        @Test
        @DisplayName("a legacy recording time from anyone but ops is FORBIDDEN naming recordedAt; ops without it too")
        void onlyOps() {
            TransitionRefused e = refused(() -> decide(inProgress(ClockMode.RESTART),
                    approve("2020-03-20T10:00", "2020-03-20T10:00"), HEAD));
            assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(e.problems()).extracting(TransitionRefused.FieldProblem::field).containsExactly("recordedAt");
            assertThat(refused(() -> decide(inProgress(ClockMode.RESTART), approve("2020-03-20T10:00", null), ops))
                    .kind()).isEqualTo(Kind.FORBIDDEN);
        }

        @Test
        @DisplayName("the state machine and the time rules still hold for a migration")
        void rulesStillApply() {
            TransitionRefused wrongState = refused(() -> decide(received(ClockMode.RESTART),
                    approve("2020-03-20T10:00", "2020-03-20T10:00"), ops));
            assertThat(wrongState.kind()).isEqualTo(Kind.NOT_ALLOWED);
            assertThat(wrongState.allowedActions()).containsExactlyInAnyOrder(CaseAction.ASSIGN, CaseAction.EXTEND,
                    CaseAction.STOP, CaseAction.WITHDRAW);
            assertThat(refused(() -> decide(inProgress(ClockMode.RESTART),
                    approve("2020-03-20T10:00", "2020-03-20T09:59"), ops)).problems())
                    .extracting(TransitionRefused.FieldProblem::field).containsExactly("recordedAt");
            assertThat(refused(() -> decide(inProgress(ClockMode.RESTART),
                    approve("2020-03-20T10:00", "2026-11-27T10:05"), ops)).kind()).isEqualTo(Kind.RULE);
            assertThat(refused(() -> decide(inProgress(ClockMode.RESTART),
                    approve("2020-03-04T08:00", "2020-03-20T10:00"), ops)).problems())
                    .extracting(TransitionRefused.FieldProblem::field).containsExactly("occurredAt");
        }
    }
}
