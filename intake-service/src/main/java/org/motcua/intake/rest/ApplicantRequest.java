package org.motcua.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.intake.domain.Applicant;

@Schema(description = "Applicant — Người nộp hồ sơ (personal data — dữ liệu cá nhân)")
public record ApplicantRequest(
        @Schema(description = "CITIZEN (công dân) or BUSINESS (doanh nghiệp, tổ chức)")
        @NotNull(message = "không được để trống") ApplicantType type,
        @Schema(description = "Full name or organisation name — Họ tên hoặc tên tổ chức")
        @NotBlank(message = "không được để trống") @Size(max = 200, message = "dài quá 200 ký tự") String name,
        @Schema(description = "Citizen identity number, 12 digits, or tax code, 10 or 13 digits — Số CCCD hoặc mã số thuế")
        @NotBlank(message = "không được để trống") @Size(max = 20, message = "dài quá 20 ký tự") String identityNumber,
        @Schema(description = "Phone — Số điện thoại") @Size(max = 20, message = "dài quá 20 ký tự") String phone,
        @Schema(description = "Email — Thư điện tử") @Size(max = 254, message = "dài quá 254 ký tự") String email,
        @Schema(description = "Address — Địa chỉ") @Size(max = 500, message = "dài quá 500 ký tự") String address) {

    public Applicant toDomain() {
        return new Applicant(type, name, identityNumber, phone, email, address);
    }
}
