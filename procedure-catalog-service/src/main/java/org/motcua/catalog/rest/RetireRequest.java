package org.motcua.catalog.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bãi bỏ: the version is no longer in force from {@code effectiveTo} (exclusive end). */
@Schema(description = "Retirement — Bãi bỏ phiên bản")
public record RetireRequest(
        @Schema(description = "First day no longer in force — Ngày hết hiệu lực") @NotNull LocalDate effectiveTo) {
}
