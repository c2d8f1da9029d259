package org.motcua.intake.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.Document;

@Schema(description = "Document filed — Giấy tờ trong hồ sơ")
public record DocumentRequest(
        @Schema(description = "The procedure's component code — Mã thành phần hồ sơ")
        @NotBlank(message = "không được để trống") @Size(max = 60, message = "dài quá 60 ký tự") String componentCode,
        @Schema(description = "Title — Tên giấy tờ") @Size(max = 300, message = "dài quá 300 ký tự") String title,
        @Schema(description = "Originals — Số bản chính") @Min(value = 0, message = "không được âm")
        @Max(value = 100, message = "tối đa 100") Integer originals,
        @Schema(description = "Copies — Số bản sao") @Min(value = 0, message = "không được âm")
        @Max(value = 100, message = "tối đa 100") Integer copies,
        @Schema(description = "Electronic file reference — Tham chiếu tệp điện tử") @Size(max = 500, message = "dài quá 500 ký tự") String fileRef) {

    public Document toDomain() {
        return new Document(componentCode, title, originals == null ? 0 : originals, copies == null ? 0 : copies,
                fileRef);
    }
}
