package org.motcua.processing.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.processing.Case;
import org.motcua.processing.domain.ClockMode;

/** A case as officers see it, with what the caller may do next. */
@Schema(description = "Case in processing — Hồ sơ đang giải quyết")
public record CaseView(
        String dossierCode,
        String procedureCode,
        int procedureVersion,
        String procedureName,
        CodeName agency,
        CodeName field,
        Channel channel,
        OffsetDateTime receivedAt,
        @Schema(description = "State — Trạng thái") CaseState state,
        @Schema(description = "National status code — Mã trạng thái hồ sơ quốc gia") int nationalStatusCode,
        @Schema(description = "Due date — Ngày hẹn trả") LocalDate dueDate,
        OffsetDateTime dueAt,
        @Schema(description = "Due date at receipt — Ngày hẹn trả ban đầu") LocalDate originalDueDate,
        @Schema(description = "Apology letter sent — Đã gia hạn (mẫu 04)") boolean extended,
        int supplementRequests,
        String unit,
        String officer,
        ClockView clock,
        @Schema(description = "Actions the caller may take now — Thao tác được phép") List<CaseAction> allowedActions,
        OffsetDateTime lastOccurredAt,
        long version) {

    @Schema(description = "Processing clock — Đồng hồ thời hạn giải quyết")
    public record ClockView(ClockMode mode, boolean paused, OffsetDateTime pausedSince, int pausedWorkingDays,
            long pausedWorkingMinutes) {
    }

    static CaseView of(Case c, List<CaseAction> allowed) {
        return new CaseView(c.dossierCode, c.procedureCode, c.procedureVersion, c.procedureName,
                new CodeName(c.agencyCode, c.agencyName), new CodeName(c.fieldCode, c.fieldName), c.channel,
                vn(c.receivedAt), c.state, c.state.nationalStatusCode, c.dueDate, vn(c.dueAt), c.originalDueDate,
                c.extended, c.supplementRequests, c.unit, c.officer,
                new ClockView(c.clockMode, c.pausedSince != null, vn(c.pausedSince), c.pausedWorkingDays,
                        c.pausedWorkingMinutes),
                allowed, vn(c.lastOccurredAt), c.version);
    }

    static OffsetDateTime vn(OffsetDateTime t) {
        return t == null ? null : VietnamTime.at(t.toInstant());
    }
}
