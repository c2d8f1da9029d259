package org.motcua.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.motcua.reporting.domain.Form06Figures;
import org.motcua.reporting.service.Form06Report;

/** Form 06 as an Excel workbook (fastexcel): title row, headings, rows, total; rates as percentages. */
public final class Form06Xlsx {
    private Form06Xlsx() {
    }

    public static byte[] write(Form06Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "motcua reporting-service", "1.0");
            Worksheet sheet = workbook.newWorksheet("Mẫu 06");
            sheet.value(0, 0, Form06Columns.title(report));
            sheet.style(0, 0).bold().fontSize(13).set();
            List<String> headings = Form06Columns.headings(report);
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(2, c, headings.get(c));
                sheet.style(2, c).bold().wrapText(true).horizontalAlignment("center").fillColor("DDEBF7")
                        .borderStyle("thin").set();
            }
            sheet.width(1, 40);
            int r = 3;
            int n = 1;
            for (Form06Report.Row row : report.rows()) {
                writeRow(sheet, r++, n++, row.name(), row.code(), row.figures(), false);
            }
            writeRow(sheet, r, null, Form06Columns.TOTAL_LABEL, "", report.total(), true);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the form 06 workbook", e);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet sheet, int r, Integer number, String label, String code, Form06Figures f,
            boolean bold) {
        int c = 0;
        if (number != null) {
            sheet.value(r, c, number);
        }
        c++;
        sheet.value(r, c++, label);
        sheet.value(r, c++, code);
        for (Form06Columns.Count count : Form06Columns.COUNTS) {
            sheet.value(r, c++, count.value().apply(f));
        }
        int firstRate = c;
        for (Form06Columns.Rate rate : Form06Columns.RATES) {
            BigDecimal value = rate.value().apply(f);
            if (value != null) {
                sheet.value(r, c, value);
            }
            c++;
        }
        for (int i = 0; i < c; i++) {
            var style = sheet.style(r, i).borderStyle("thin");
            if (i >= firstRate) {
                style = style.format("0.00%");
            }
            if (bold) {
                style = style.bold();
            }
            style.set();
        }
    }
}
