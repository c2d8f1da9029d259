package org.motcua.reporting.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.motcua.reporting.domain.InvalidParameter;

/** JSON, CSV or XLSX: the format parameter wins, else the first acceptable media type we produce. */
enum ExportFormat {
    JSON, CSV, XLSX;

    static ExportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                case "json" -> JSON;
                default -> throw new InvalidParameter("format", "định dạng '" + format
                        + "' không được hỗ trợ; chọn json, csv hoặc xlsx");
            };
        }
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.valueOf(Form06Resource.CSV)) && !type.isWildcardType()) {
                return CSV;
            }
            if (type.isCompatible(MediaType.valueOf(Form06Resource.XLSX)) && !type.isWildcardType()
                    && !type.isWildcardSubtype()) {
                return XLSX;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
        }
        return JSON;
    }
}
