package org.motcua.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** Form 06 as a Markdown table, with the Vietnamese headings, for the terminal and the README. */
public final class Form06Table {
    private Form06Table() {
    }

    private static final String[][] COLUMNS = {
        {"received", "Tiếp nhận"}, {"receivedOnline", "Trực tuyến"}, {"carriedOver", "Kỳ trước chuyển sang"},
        {"resolved", "Đã giải quyết"}, {"resolvedEarly", "Trước hạn"}, {"resolvedOnTime", "Đúng hạn"},
        {"resolvedLate", "Quá hạn"}, {"inProgress", "Đang giải quyết"},
        {"inProgressWithinDeadline", "Trong hạn"}, {"inProgressOverdue", "Quá hạn (đang giải quyết)"},
        {"recordedLate", "Nhập muộn"}, {"onTimeRate", "Tỷ lệ đúng hạn"}, {"onTimeRateIncludingInProgress", "Tỷ lệ đúng hạn (gồm đang giải quyết trong hạn)"}};

    public static String render(JsonNode form06) {
        if (form06 == null) {
            return "(no form 06 answer)";
        }
        StringBuilder out = new StringBuilder("| | ");
        for (String[] c : COLUMNS) {
            out.append(c[1]).append(" (").append(c[0]).append(") | ");
        }
        out.append("\n|---|");
        out.append("---:|".repeat(COLUMNS.length)).append('\n');
        for (JsonNode row : form06.path("rows")) {
            appendRow(out, row.path("name").asText(row.path("code").asText()), row.path("figures"));
        }
        appendRow(out, "**Tổng số**", form06.path("total"));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String label, JsonNode row) {
        out.append("| ").append(label).append(" | ");
        for (String[] c : COLUMNS) {
            out.append(row.path(c[0]).asText("")).append(" | ");
        }
        out.append('\n');
    }
}
