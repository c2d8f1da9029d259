package org.motcua.intake.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Withdrawal — Đề nghị rút hồ sơ")
public record WithdrawalRequest(
        @Schema(description = "Reason — Lý do") @Size(max = 1000, message = "dài quá 1000 ký tự") String reason) {
}
