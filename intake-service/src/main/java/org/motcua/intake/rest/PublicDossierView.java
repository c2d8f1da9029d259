package org.motcua.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.Dossier;

/** What anyone holding the code may see: no personal data. */
@Schema(description = "Public dossier status — Tình trạng hồ sơ (tra cứu công khai, không có dữ liệu cá nhân)")
public record PublicDossierView(
        String code,
        @Schema(description = "Status — Trạng thái") String status,
        @Schema(description = "Status in Vietnamese — Tên trạng thái") String statusLabel,
        @Schema(description = "National status code — Mã trạng thái quốc gia") int nationalStatusCode,
        String procedureCode,
        @Schema(description = "Procedure name — Tên thủ tục") String procedureName,
        @Schema(description = "Receipt date — Ngày tiếp nhận") LocalDate receivedDate,
        @Schema(description = "Appointment date — Ngày hẹn trả kết quả") LocalDate dueDate,
        @Schema(description = "Appointment time — Thời điểm hẹn trả") OffsetDateTime dueAt) {

    public static PublicDossierView of(Dossier d) {
        return new PublicDossierView(d.code, d.status.name(), d.status.label, d.nationalStatusCode, d.procedureCode,
                d.procedureName, DossierView.vn(d.receivedAt).toLocalDate(), d.dueDate, DossierView.vn(d.dueAt));
    }
}
