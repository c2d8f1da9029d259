package org.motcua.processing.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.processing.domain.TransitionRefused.Kind;

/**
 * Decides a transition: role, state, fields, business time, then the action's own rules (supplement
 * flags, the clock, the one apology letter). Pure: it returns the outcome and changes nothing.
 */
public final class CaseWorkflow {
    private CaseWorkflow() {
    }

    /** Flag: a supplement request later than {@link #SUPPLEMENT_REQUEST_WINDOW} working days after receipt. */
    public static final String LATE_SUPPLEMENT_REQUEST = "LATE_SUPPLEMENT_REQUEST";
    /** Flag: more than one supplement request (Decision 766/QĐ-TTg counts the dossier as late). */
    public static final String SECOND_SUPPLEMENT_REQUEST = "SECOND_SUPPLEMENT_REQUEST";
    /** Decree 61/2018 Art 19: a supplement request goes out within 3 working days of receipt. */
    public static final int SUPPLEMENT_REQUEST_WINDOW = 3;
    /** Flag: a step replayed by the data migration with its legacy recording time (role ops). */
    public static final String MIGRATED = "MIGRATED";
    /** A business time this far in the future is tolerated (clocks of officers' machines). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(1);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** The actions the caller may take now: the table's, minus EXTEND once the date was moved. */
    public static List<CaseAction> allowedActions(CaseSnapshot snapshot, Collection<String> roles) {
        List<CaseAction> actions = new ArrayList<>(CaseStateMachine.actionsIn(snapshot.state(), roles));
        if (snapshot.extended()) {
            actions.remove(CaseAction.EXTEND);
        }
        return actions;
    }

    public static TransitionOutcome decide(CaseSnapshot snapshot, ActionInput input, Caller caller,
            WorkingCalendar calendar, OffsetDateTime now) {
        CaseAction action = input.action();
        boolean migration = input.recordedAt() != null;
        if (migration && !caller.roles().contains(CaseStateMachine.OPS)) {
            String why = "Chỉ được đặt thời điểm nhập liệu gốc (recordedAt) khi chuyển đổi dữ liệu, bằng tài khoản "
                    + "có vai trò ops.";
            throw new TransitionRefused(Kind.FORBIDDEN, why,
                    List.of(new TransitionRefused.FieldProblem("recordedAt", why)), List.of());
        }
        if (action == null || action == CaseAction.OPEN) {
            throw new TransitionRefused(Kind.INVALID, "Thao tác không hợp lệ: hồ sơ chỉ được mở khi tiếp nhận.",
                    List.of(new TransitionRefused.FieldProblem("action", action == null ? ActionFields.REQUIRED
                            : "OPEN do hệ thống ghi nhận khi tiếp nhận hồ sơ")), List.of());
        }
        // A migration replays the legacy system's history: the action's role guard is waived, every other rule holds.
        String role = migration ? CaseStateMachine.OPS : CaseStateMachine.actingRole(action, caller.roles())
                .orElseThrow(() -> new TransitionRefused(Kind.FORBIDDEN,
                        "Vai trò của bạn không được phép thực hiện thao tác " + action + ".", List.of(), List.of()));
        CaseState to = CaseStateMachine.next(snapshot.state(), action)
                .filter(next -> action != CaseAction.EXTEND || !snapshot.extended())
                .orElseThrow(() -> notAllowed(snapshot, action, caller, migration));
        List<TransitionRefused.FieldProblem> missing = ActionFields.missing(input);
        if (!missing.isEmpty()) {
            throw new TransitionRefused(Kind.INVALID, "Thiếu thông tin bắt buộc cho thao tác " + action + ".",
                    missing, List.of());
        }
        OffsetDateTime occurredAt = occurredAt(snapshot, input.occurredAt(), now, calendar);
        OffsetDateTime legacyRecordedAt = migration ? recordedAt(input.recordedAt(), occurredAt, now, calendar) : null;
        LocalDate day = occurredAt.atZoneSameInstant(calendar.zone()).toLocalDate();
        if (input.decision() != null && input.decision().date() != null && input.decision().date().isAfter(day)) {
            throw TransitionRefused.rule("decision.date", "Ngày quyết định không được sau ngày thực hiện thao tác ("
                    + DAY.format(day) + ").");
        }

        DueDate due = snapshot.due();
        DueDateChangeReason change = null;
        String explanation = null;
        List<String> flags = new ArrayList<>();
        OffsetDateTime pausedSince = snapshot.pausedSince();
        int pausedDays = snapshot.pausedWorkingDays();
        long pausedMinutes = snapshot.pausedWorkingMinutes();
        boolean extended = snapshot.extended();
        int supplements = snapshot.supplementRequests();

        switch (action) {
            case REQUEST_SUPPLEMENT -> {
                LocalDate receiptDay = calendar.effectiveReceiptDay(snapshot.receivedAt());
                if (calendar.workingDaysBetween(receiptDay, day) > SUPPLEMENT_REQUEST_WINDOW) {
                    flags.add(LATE_SUPPLEMENT_REQUEST);
                }
                if (supplements >= 1) {
                    flags.add(SECOND_SUPPLEMENT_REQUEST);
                }
                supplements++;
                pausedSince = occurredAt;
            }
            case SUPPLEMENT_RECEIVED -> {
                SupplementClock.Resumed resumed = SupplementClock.resume(snapshot, occurredAt, calendar);
                pausedDays += resumed.pausedWorkingDays();
                pausedMinutes += resumed.pausedWorkingMinutes();
                pausedSince = null;
                if (!resumed.due().equals(due)) {
                    due = resumed.due();
                    change = resumed.reason();
                    explanation = resumed.explanation();
                }
            }
            case EXTEND -> {
                due = extension(snapshot, input, day, calendar);
                change = DueDateChangeReason.EXTENSION;
                explanation = "Thư xin lỗi và hẹn lại ngày trả kết quả (mẫu 04): " + input.reason().strip();
                extended = true;
            }
            default -> {
                // the state change is the whole effect
            }
        }
        if (migration) {
            flags.add(MIGRATED);
        }
        return new TransitionOutcome(action, snapshot.state(), to, role, occurredAt, snapshot.due(), due, change,
                explanation, flags, pausedSince, pausedDays, pausedMinutes, extended, supplements, legacyRecordedAt);
    }

    /** The legacy recording time: not in the future (same tolerance as occurredAt), not before the business time. */
    private static OffsetDateTime recordedAt(OffsetDateTime requested, OffsetDateTime occurredAt, OffsetDateTime now,
            WorkingCalendar calendar) {
        if (requested.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw TransitionRefused.rule("recordedAt", "Thời điểm nhập liệu gốc không được ở tương lai.");
        }
        if (requested.isBefore(occurredAt)) {
            throw TransitionRefused.rule("recordedAt", "Thời điểm nhập liệu gốc không được trước thời điểm thực hiện ("
                    + INSTANT.format(occurredAt.atZoneSameInstant(calendar.zone())) + ").");
        }
        return requested.atZoneSameInstant(calendar.zone()).toOffsetDateTime();
    }

    private static TransitionRefused notAllowed(CaseSnapshot snapshot, CaseAction action, Caller caller,
            boolean migration) {
        String why = action == CaseAction.EXTEND && snapshot.extended()
                ? "Hồ sơ đã được gia hạn một lần; chỉ được hẹn lại ngày trả kết quả một lần (khoản 9 Điều 19 "
                        + "Nghị định 61/2018/NĐ-CP)."
                : "Thao tác " + action + " không được phép khi hồ sơ ở trạng thái " + snapshot.state() + ".";
        List<CaseAction> allowed = migration ? migrationActions(snapshot) : allowedActions(snapshot, caller.roles());
        return new TransitionRefused(Kind.NOT_ALLOWED, why, List.of(), allowed);
    }

    /** What a migration (role guard waived) may replay now: every action the table allows in the state. */
    private static List<CaseAction> migrationActions(CaseSnapshot snapshot) {
        List<CaseAction> actions = new ArrayList<>(CaseStateMachine.actionsIn(snapshot.state()));
        actions.remove(CaseAction.OPEN);
        if (snapshot.extended()) {
            actions.remove(CaseAction.EXTEND);
        }
        return actions;
    }

    private static OffsetDateTime occurredAt(CaseSnapshot snapshot, OffsetDateTime requested, OffsetDateTime now,
            WorkingCalendar calendar) {
        if (requested == null) {
            return now.atZoneSameInstant(calendar.zone()).toOffsetDateTime();
        }
        if (requested.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw TransitionRefused.rule("occurredAt", "Thời điểm thực hiện không được ở tương lai.");
        }
        if (snapshot.lastOccurredAt() != null && requested.isBefore(snapshot.lastOccurredAt())) {
            throw TransitionRefused.rule("occurredAt", "Thời điểm thực hiện không được trước bước xử lý trước đó ("
                    + INSTANT.format(snapshot.lastOccurredAt().atZoneSameInstant(calendar.zone())) + ").");
        }
        return requested.atZoneSameInstant(calendar.zone()).toOffsetDateTime();
    }

    /** Form 04: a new date after the current one, on a working day, sent at least one working day before due. */
    private static DueDate extension(CaseSnapshot snapshot, ActionInput input, LocalDate day, WorkingCalendar calendar) {
        LocalDate current = snapshot.due().dueDate();
        if (calendar.workingDaysBetween(day, current) < 1) {
            throw TransitionRefused.rule("occurredAt", "Thư xin lỗi và hẹn lại phải gửi chậm nhất một ngày làm việc "
                    + "trước hạn trả kết quả (" + DAY.format(current) + ").");
        }
        LocalDate requested = input.newDueDate();
        if (!requested.isAfter(current)) {
            throw TransitionRefused.rule("newDueDate", "Ngày hẹn mới phải sau ngày hẹn hiện tại ("
                    + DAY.format(current) + ").");
        }
        if (!calendar.isWorkingDay(requested)) {
            throw TransitionRefused.rule("newDueDate", "Ngày hẹn mới " + DAY.format(requested)
                    + " không phải ngày làm việc.");
        }
        return new DueDate(requested, calendar.endOfWorkingHours(requested));
    }
}
