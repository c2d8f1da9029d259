package org.motcua.reporting.service;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of a rebuild of the read model (dựng lại dữ liệu báo cáo). */
@Schema(description = "Rebuild progress — Tiến độ dựng lại dữ liệu báo cáo")
public record RebuildStatus(
        @Schema(description = "IDLE, RUNNING, DONE or FAILED — trạng thái") String state,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "Records to replay (end offsets captured at the start) — số sự kiện cần phát lại")
        long eventsToReplay,
        @Schema(description = "Records replayed so far — số sự kiện đã phát lại") long eventsReplayed,
        @Schema(description = "Records rejected as poison — số sự kiện bị loại") long eventsRejected,
        String error) {

    public static final RebuildStatus IDLE = new RebuildStatus("IDLE", null, null, 0, 0, 0, null);

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
