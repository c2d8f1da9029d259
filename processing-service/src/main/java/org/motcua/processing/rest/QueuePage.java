package org.motcua.processing.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a work queue, sorted by due date. */
@Schema(description = "Work queue page — Trang danh sách hồ sơ cần xử lý")
public record QueuePage(List<CaseView> items, int page, int size, long total) {
}
