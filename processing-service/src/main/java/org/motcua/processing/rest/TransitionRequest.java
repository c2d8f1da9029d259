package org.motcua.processing.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.Decision;
import org.motcua.processing.domain.ActionInput;

/** A transition to record. Fields the action does not use are ignored. */
@Schema(description = "Transition request — Yêu cầu chuyển bước xử lý")
public record TransitionRequest(
        @NotNull @Schema(description = "Action — Thao tác", required = true) CaseAction action,
        @Schema(description = "Business time of the action, defaults to now — Thời điểm thực hiện (mặc định: hiện tại)")
        OffsetDateTime occurredAt,
        @Schema(description = "Legacy recording time, migration only (role ops; not before occurredAt, not in the "
                + "future) — Thời điểm nhập liệu gốc (chỉ khi chuyển đổi dữ liệu)")
        OffsetDateTime recordedAt,
        @Size(max = 200) @Schema(description = "ASSIGN: processing unit — Đơn vị xử lý") String unit,
        @Size(max = 200) @Schema(description = "ASSIGN: officer — Chuyên viên xử lý") String officer,
        @Valid @Schema(description = "APPROVE/REFUSE: decision — Quyết định") DecisionRequest decision,
        @Size(max = 4000) @Schema(description = "Reason — Lý do") String reason,
        @Schema(description = "EXTEND: new appointment date — Ngày hẹn trả mới") LocalDate newDueDate,
        @Schema(description = "RETURN_RESULT: how the result is returned — Hình thức trả kết quả") Channel channel,
        @Size(max = 100) @Schema(description = "REQUEST_SUPPLEMENT: every missing component — Thành phần hồ sơ còn thiếu")
        List<@NotBlank @Size(max = 500) String> missingComponents) {

    @Schema(description = "Decision — Quyết định")
    public record DecisionRequest(
            @Size(max = 100) @Schema(description = "Number — Số quyết định") String number,
            @Schema(description = "Date — Ngày ký") LocalDate date,
            @Size(max = 200) @Schema(description = "Signer — Người ký") String signer,
            @Size(max = 4000) @Schema(description = "Reason (mandatory for REFUSE) — Lý do") String reason) {
    }

    ActionInput toInput() {
        Decision d = decision == null ? null
                : new Decision(decision.number(), decision.date(), decision.signer(), decision.reason());
        return new ActionInput(action, occurredAt, unit, officer, d, reason, newDueDate, channel, missingComponents,
                recordedAt);
    }
}
