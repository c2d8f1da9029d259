package org.motcua.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.Channel;
import org.motcua.intake.service.IntakeCommand;

@Schema(description = "A dossier handed in — Hồ sơ nộp")
public record NewDossierRequest(
        @Schema(description = "Procedure code — Mã thủ tục hành chính", examples = "1.005076")
        @NotBlank(message = "không được để trống") @Size(max = 40, message = "dài quá 40 ký tự") String procedureCode,
        @Schema(description = "Receiving agency code (default: the procedure's agency) — Mã cơ quan tiếp nhận")
        @Size(max = 40, message = "dài quá 40 ký tự") String agencyCode,
        @Schema(description = "DIRECT (trực tiếp), POSTAL (bưu chính), ONLINE (trực tuyến) — Hình thức nộp")
        @NotNull(message = "không được để trống") Channel channel,
        @NotNull(message = "không được để trống") @Valid ApplicantRequest applicant,
        @NotNull(message = "không được để trống") @Size(max = 100, message = "tối đa 100 giấy tờ")
        List<@NotNull(message = "không được để trống") @Valid DocumentRequest> documents,
        @Schema(description = "Postmark or portal submission time; officers: a past desk receipt — Thời điểm tiếp nhận")
        OffsetDateTime receivedAt) {

    public IntakeCommand toCommand() {
        return new IntakeCommand(procedureCode.strip(), agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip(),
                channel, applicant.toDomain(), documents.stream().map(DocumentRequest::toDomain).toList(), receivedAt);
    }
}
