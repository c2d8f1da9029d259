package org.motcua.intake.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a historical import did, line by line. At most {@link #MAX_ERRORS} errors are listed. */
@Schema(description = "Import report — Kết quả chuyển đổi hồ sơ")
public record ImportReport(
        @Schema(description = "Lines read — Số dòng đã đọc") int lines,
        @Schema(description = "Dossiers imported — Số hồ sơ đã nhập") int imported,
        @Schema(description = "Lines skipped: code already recorded — Số dòng bỏ qua do trùng mã") int duplicates,
        @Schema(description = "Lines rejected — Số dòng bị từ chối") int rejected,
        @Schema(description = "More errors than listed — Danh sách lỗi bị cắt bớt") boolean errorsTruncated,
        List<LineError> errors) {

    public static final int MAX_ERRORS = 1000;

    /** One rejected line: its number (from 1), the dossier code when readable, the field and why. */
    public record LineError(int line, String code, String field, String reason) {
    }
}
