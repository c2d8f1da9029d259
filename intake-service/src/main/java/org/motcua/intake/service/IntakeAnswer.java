package org.motcua.intake.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.VietnamTime;
import org.motcua.intake.Dossier;

/** The 201 answer to a submission, also what an Idempotency-Key replays. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Intake outcome — Kết quả tiếp nhận hồ sơ")
public record IntakeAnswer(
        @Schema(description = "Dossier code — Mã hồ sơ (<agency>-YYMMDD-NNNN)") String code,
        @Schema(description = "RECEIVED, SUPPLEMENT_REQUESTED or NOT_RECEIVED — Trạng thái") String status,
        @Schema(description = "National dossier status code — Mã trạng thái hồ sơ quốc gia (2, 5, 3)") int nationalStatusCode,
        @Schema(description = "Status in Vietnamese — Tên trạng thái") String statusLabel,
        String procedureCode,
        Integer procedureVersion,
        String procedureName,
        @Schema(description = "Receipt time — Thời điểm tiếp nhận") OffsetDateTime receivedAt,
        @Schema(description = "Appointment date — Ngày hẹn trả kết quả") LocalDate dueDate,
        @Schema(description = "Appointment time — Thời điểm hẹn trả kết quả") OffsetDateTime dueAt,
        @Schema(description = "Missing mandatory components — Thành phần hồ sơ còn thiếu") List<CodeName> missingComponents,
        @Schema(description = "Refusal reason code — Mã lý do không tiếp nhận") String reasonCode,
        @Schema(description = "Refusal reason — Lý do không tiếp nhận") String reason) {

    public static IntakeAnswer of(Dossier d) {
        return new IntakeAnswer(d.code, d.status.name(), d.nationalStatusCode, d.status.label, d.procedureCode,
                d.procedureVersion, d.procedureName, vn(d.receivedAt), d.dueDate, vn(d.dueAt),
                d.missingComponents.isEmpty() ? null : d.missingComponents, d.reasonCode, d.reason);
    }

    private static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : VietnamTime.at(t.toInstant());
    }
}
