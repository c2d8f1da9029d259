package org.motcua.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.motcua.reporting.domain.Form06Figures;
import org.motcua.reporting.service.Form06Report;

/**
 * Form 06 as CSV (RFC 4180, comma, CRLF), UTF-8 with a byte order mark so that Excel shows the
 * diacritics: a title row with the period, the headings, one line per row, the total.
 */
public final class Form06Csv {
    private Form06Csv() {
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static byte[] write(Form06Report report) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(Form06Columns.title(report)));
        line(csv, Form06Columns.headings(report));
        int n = 1;
        for (Form06Report.Row row : report.rows()) {
            line(csv, values(String.valueOf(n++), row.name(), row.code(), row.figures()));
        }
        line(csv, values("", Form06Columns.TOTAL_LABEL, "", report.total()));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static List<String> values(String number, String label, String code, Form06Figures f) {
        List<String> values = new ArrayList<>(List.of(number, label, code));
        Form06Columns.COUNTS.forEach(c -> values.add(String.valueOf(c.value().apply(f))));
        Form06Columns.RATES.forEach(r -> values.add(Form06Columns.percent(r.value().apply(f))));
        return values;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String cell) {
        String value = cell == null ? "" : cell;
        // a leading =, +, - or @ would be a formula to a spreadsheet: neutralise it
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
