package org.motcua.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.VietnamTime;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.Document;

@Schema(description = "Full dossier record, for officers and the portal — Hồ sơ đầy đủ")
public record DossierView(
        String code,
        @Schema(description = "Status — Trạng thái") String status,
        @Schema(description = "Status in Vietnamese — Tên trạng thái") String statusLabel,
        @Schema(description = "National status code — Mã trạng thái quốc gia") int nationalStatusCode,
        @Schema(description = "Receiving agency — Cơ quan tiếp nhận") CodeName agency,
        @Schema(description = "Field — Lĩnh vực") CodeName field,
        String procedureCode,
        Integer procedureVersion,
        String procedureName,
        Channel channel,
        ApplicantRequest applicant,
        List<Document> documents,
        @Schema(description = "Missing at intake — Thành phần còn thiếu khi tiếp nhận") List<CodeName> missingComponents,
        @Schema(description = "Asked for by processing — Thành phần bổ sung theo yêu cầu xử lý") List<String> processingMissingComponents,
        String reasonCode,
        String reason,
        OffsetDateTime receivedAt,
        @Schema(description = "When the dossier became complete — Thời điểm hồ sơ đầy đủ") OffsetDateTime completedAt,
        OffsetDateTime recordedAt,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        boolean imported,
        boolean inProcessing) {

    public static DossierView of(Dossier d) {
        return new DossierView(d.code, d.status.name(), d.status.label, d.nationalStatusCode, d.agency(), d.field(),
                d.procedureCode, d.procedureVersion, d.procedureName, d.channel,
                new ApplicantRequest(d.applicantType, d.applicantName, d.applicantIdNumber, d.applicantPhone,
                        d.applicantEmail, d.applicantAddress),
                d.documents, d.missingComponents, d.processingMissing, d.reasonCode, d.reason, vn(d.receivedAt),
                vn(d.completedAt), vn(d.recordedAt), d.dueDate, vn(d.dueAt), d.imported, d.inProcessing);
    }

    static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : VietnamTime.at(t.toInstant());
    }
}
