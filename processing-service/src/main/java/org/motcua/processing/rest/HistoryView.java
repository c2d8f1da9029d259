package org.motcua.processing.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.calendar.DueDate;
import org.motcua.contracts.Channel;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.Decision;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.processing.Case;
import org.motcua.processing.CaseStep;
import org.motcua.processing.domain.Timeliness;

/** The dossier tracking slip (phiếu kiểm soát quá trình giải quyết hồ sơ, form 05) as JSON. */
@Schema(description = "Tracking slip (form 05) — Phiếu kiểm soát quá trình giải quyết hồ sơ")
public record HistoryView(
        String dossierCode,
        String procedureCode,
        String procedureName,
        OffsetDateTime receivedAt,
        LocalDate dueDate,
        CaseState state,
        List<Step> steps) {

    @Schema(description = "One hand-over — Một bước chuyển giao")
    public record Step(
            int seq,
            CaseAction action,
            CaseState fromState,
            CaseState toState,
            int nationalStatusCode,
            @Schema(description = "Business time — Thời điểm thực hiện") OffsetDateTime occurredAt,
            @Schema(description = "When it was entered — Thời điểm ghi nhận") OffsetDateTime recordedAt,
            @Schema(description = "Who entered it — Người ghi nhận") String recordedBy,
            String recordedRole,
            String recordedUnit,
            @Schema(description = "Migrated step: who actually entered it — Người chuyển đổi dữ liệu") String migratedBy,
            @Schema(description = "Migrated step: when it was actually entered — Thời điểm chuyển đổi dữ liệu")
            OffsetDateTime migratedAt,
            @Schema(description = "Unit in charge after the step — Đơn vị xử lý") String unit,
            @Schema(description = "Officer in charge after the step — Chuyên viên xử lý") String officer,
            Decision decision,
            String reason,
            List<String> missingComponents,
            Channel channel,
            List<String> flags,
            @Schema(description = "Due date in force at the step — Hạn xử lý tại thời điểm đó") LocalDate dueDate,
            OffsetDateTime dueAt,
            @Schema(description = "EARLY/ON_TIME/LATE — Trước hạn/Đúng hạn/Quá hạn; null while the clock is stopped")
            Timeliness timeliness,
            DueDateChange dueDateChange) {
    }

    @Schema(description = "Due date change — Thay đổi hạn giải quyết")
    public record DueDateChange(LocalDate from, LocalDate to, OffsetDateTime toAt, DueDateChangeReason reason,
            String explanation) {
    }

    static HistoryView of(Case c, List<CaseStep> steps) {
        List<Step> views = new ArrayList<>();
        String unit = null;
        String officer = null;
        for (CaseStep s : steps) {
            if (s.action == CaseAction.ASSIGN) {
                unit = s.unit;
                officer = s.officer;
            }
            DueDate inForce = s.dueDateBefore == null ? new DueDate(s.dueDateAfter, vn(s.dueAtAfter))
                    : new DueDate(s.dueDateBefore, vn(s.dueAtBefore));
            Decision decision = s.decisionNumber == null && s.decisionDate == null && s.decisionSigner == null ? null
                    : new Decision(s.decisionNumber, s.decisionDate, s.decisionSigner, s.decisionReason);
            DueDateChange change = s.dueChangeReason == null ? null : new DueDateChange(s.dueDateBefore,
                    s.dueDateAfter, vn(s.dueAtAfter), s.dueChangeReason, s.dueChangeText);
            views.add(new Step(s.seq, s.action, s.fromState, s.toState, s.toState.nationalStatusCode,
                    vn(s.occurredAt), vn(s.recordedAt), s.recordedBy, s.recordedRole, s.recordedUnit, s.migratedBy,
                    vn(s.migratedAt), unit, officer,
                    decision, s.reason, split(s.missingComponents, "\n"), s.channel, split(s.flags, ","),
                    inForce.dueDate(), inForce.dueAt(),
                    s.clockPaused ? null : Timeliness.of(s.occurredAt, inForce, VietnamTime.ZONE), change));
        }
        return new HistoryView(c.dossierCode, c.procedureCode, c.procedureName, vn(c.receivedAt), c.dueDate, c.state,
                views);
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(separator));
    }

    private static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : VietnamTime.at(t.toInstant());
    }
}
