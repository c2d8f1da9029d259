package org.motcua.catalog.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hạn giải quyết: the due day and instant (+07:00), and the day the dossier counts as received. */
@Schema(description = "Due date — Hạn giải quyết")
public record DueDateAnswer(
        @Schema(description = "Due day — Ngày hẹn trả") LocalDate dueDate,
        @Schema(description = "Due instant — Thời điểm hết hạn") OffsetDateTime dueAt,
        @Schema(description = "Day counted as received — Ngày tiếp nhận được tính") LocalDate effectiveReceiptDay,
        @Schema(description = "Whether every year involved is in the calendar — Lịch đã có đủ các năm liên quan")
        boolean calendarCovered) {
}
