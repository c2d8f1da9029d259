package org.motcua.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.reporting.domain.Counters;
import org.motcua.reporting.domain.Form06Tally;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.service.Form06Report;

class Form06CsvTest {

    @Test
    @DisplayName("names with commas or quotes are quoted (RFC 4180); a name that looks like a formula is neutralised")
    void quoting() {
        assertThat(Form06Csv.quote("Ngoại ngữ, tin học")).isEqualTo("\"Ngoại ngữ, tin học\"");
        assertThat(Form06Csv.quote("Trung tâm \"A\"")).isEqualTo("\"Trung tâm \"\"A\"\"\"");
        assertThat(Form06Csv.quote("Trung tâm \"A\", B")).isEqualTo("\"Trung tâm \"\"A\"\", B\"");
        assertThat(Form06Csv.quote("=1+2")).isEqualTo("'=1+2");
        assertThat(Form06Csv.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Form06Csv.quote("-5")).isEqualTo("-5");
    }

    @Test
    @DisplayName("the title names the period in Vietnamese date format; headings follow the row grouping")
    void titleAndHeadings() {
        Form06Report report = new Form06Report(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 21),
                GroupBy.PROCEDURE, null, null, List.of(), new Form06Tally()
                        .addCounters(new Counters(557, 0, 508, 1, 0, 0, 1), false).addInProgress(48, 0, 0).figures(),
                null);
        String csv = new String(Form06Csv.write(report), StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"Mẫu số 06 — Tình hình, kết quả giải quyết thủ tục hành chính, kỳ báo cáo "
                + "từ ngày 01/01/2020 đến ngày 21/12/2020\"");
        assertThat(lines.get(1)).startsWith("STT,Thủ tục hành chính,Mã,Tổng số hồ sơ tiếp nhận,");
        assertThat(lines.get(2)).isEqualTo(",Tổng cộng,,557,0,557,0,509,508,1,0,48,48,0,1,100.00,100.00");
    }
}
