package org.motcua.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.catalog.domain.VersionStatus;
import org.motcua.contracts.Channel;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.OnlineLevel;

/**
 * One version of a procedure as the API reads and writes it: the body of {@code POST /api/v1/procedures}
 * (without {@code version} and {@code status}), the answer of the reads, and each version of the catalogue
 * export/import document (there {@code code} is given once, on the procedure).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Procedure version — Phiên bản thủ tục hành chính")
public record ProcedureJson(
        @Schema(description = "National procedure code — Mã thủ tục, e.g. 1.005076 or 1.000948.H38")
        @Size(max = 64) String code,
        @Schema(description = "Version number (read-only) — Số phiên bản", readOnly = true)
        Integer version,
        @Schema(description = "Status — Trạng thái: DRAFT (dự thảo), PUBLISHED (công bố), RETIRED (bãi bỏ)")
        VersionStatus status,
        @Schema(description = "Name — Tên thủ tục") @NotBlank @Size(max = 1000) String name,
        @Schema(description = "Field — Lĩnh vực") @NotNull @Valid CodeNameJson field,
        @Schema(description = "Implementing agency — Cơ quan thực hiện") @NotNull @Valid CodeNameJson agency,
        @Schema(description = "Applicant types — Đối tượng thực hiện") List<@NotNull ApplicantType> applicantTypes,
        @Schema(description = "Channels — Cách thức thực hiện") List<@NotNull Channel> channels,
        @Schema(description = "Online level — Mức độ dịch vụ công trực tuyến") OnlineLevel onlineLevel,
        @Schema(description = "Dossier components — Thành phần hồ sơ") @Size(max = 200)
        List<@NotNull @Valid ComponentJson> components,
        @Schema(description = "Processing time — Thời hạn giải quyết") @NotNull @Valid ProcessingTimeJson processingTime,
        @Schema(description = "Per-channel processing time — Thời hạn giải quyết theo kênh")
        Map<@NotNull Channel, @NotNull @Valid ProcessingTimeJson> processingTimeByChannel,
        @Schema(description = "Fees — Phí, lệ phí") List<@NotNull @Valid FeeJson> fees,
        @Schema(description = "Result — Kết quả thực hiện") @Size(max = 2000) String result,
        @Schema(description = "Legal basis — Căn cứ pháp lý") List<@NotNull @Valid LegalDocumentJson> legalBasis,
        @Schema(description = "Conditions — Yêu cầu, điều kiện") @Size(max = 10000) String conditions,
        @Schema(description = "In force from (inclusive, Asia/Ho_Chi_Minh) — Ngày bắt đầu hiệu lực")
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "In force until (exclusive) — Ngày hết hiệu lực (không tính ngày này)")
        LocalDate effectiveTo) {

    @Schema(description = "Code and name — Mã và tên")
    public record CodeNameJson(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 500) String name) {
    }

    @Schema(description = "Dossier component — Thành phần hồ sơ")
    public record ComponentJson(
            @NotBlank @Size(max = 64) String code,
            @NotBlank @Size(max = 1000) String name,
            @Schema(description = "Mandatory — Bắt buộc") boolean mandatory,
            @Schema(description = "Originals — Số bản chính") @PositiveOrZero int originals,
            @Schema(description = "Copies — Số bản sao") @PositiveOrZero int copies,
            @Schema(description = "Template form — Mẫu đơn, tờ khai") @Size(max = 500) String templateForm) {
    }

    @Schema(description = "Statutory and committed time — Thời hạn theo quy định và thời hạn cam kết")
    public record ProcessingTimeJson(@NotNull @Valid DurationJson statutory, @NotNull @Valid DurationJson committed) {
    }

    @Schema(description = "Duration — Thời hạn: value and unit (WORKING_DAYS ngày làm việc, CALENDAR_DAYS ngày, WORKING_HOURS giờ làm việc)")
    public record DurationJson(@NotNull @PositiveOrZero Integer value, @NotNull DurationUnit unit) {
    }

    @Schema(description = "Fee — Phí, lệ phí (VND)")
    public record FeeJson(@NotBlank @Size(max = 1000) String description, @PositiveOrZero long amountVnd) {
    }

    @Schema(description = "Legal document — Văn bản pháp lý")
    public record LegalDocumentJson(@NotBlank @Size(max = 200) String number, @NotBlank @Size(max = 2000) String title) {
    }
}
