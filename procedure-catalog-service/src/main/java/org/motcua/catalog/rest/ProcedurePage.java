package org.motcua.catalog.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results; {@code total} counts every matching procedure. */
@Schema(description = "Search result page — Trang kết quả tra cứu")
public record ProcedurePage(List<ProcedureSummary> items, int page, int size, long total) {
}
