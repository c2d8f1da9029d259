package org.motcua.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Supplementary documents — Hồ sơ bổ sung")
public record SupplementRequest(
        @NotEmpty(message = "cần ít nhất một giấy tờ") @Size(max = 100, message = "tối đa 100 giấy tờ")
        List<@NotNull(message = "không được để trống") @Valid DocumentRequest> documents) {
}
