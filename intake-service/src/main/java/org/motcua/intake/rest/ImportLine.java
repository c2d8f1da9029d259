package org.motcua.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.Channel;
import org.motcua.intake.service.IntakeCommand;

@Schema(description = "One legacy dossier of a historical import — Một hồ sơ chuyển đổi từ hệ thống cũ")
public record ImportLine(
        @Schema(description = "Original dossier code, kept — Mã hồ sơ gốc (<agency>-YYMMDD-NNNN)")
        @NotBlank(message = "không được để trống") String code,
        @Schema(description = "Receipt time (past) — Thời điểm tiếp nhận") @NotNull(message = "không được để trống")
        OffsetDateTime receivedAt,
        @NotBlank(message = "không được để trống") @Size(max = 40, message = "dài quá 40 ký tự") String procedureCode,
        @NotNull(message = "không được để trống") Channel channel,
        @NotNull(message = "không được để trống") @Valid ApplicantRequest applicant,
        @NotNull(message = "không được để trống") @Size(max = 100, message = "tối đa 100 giấy tờ")
        List<@NotNull(message = "không được để trống") @Valid DocumentRequest> documents,
        @Schema(description = "Legacy appointment date overriding the computed one — Ngày hẹn trả của hệ thống cũ")
        LocalDate dueDate) {

    /** The agency is the code's prefix: the receiving agency of the legacy system. */
    public IntakeCommand toCommand(String agencyCode) {
        return new IntakeCommand(procedureCode.strip(), agencyCode, channel, applicant.toDomain(),
                documents.stream().map(DocumentRequest::toDomain).toList(), receivedAt);
    }
}
