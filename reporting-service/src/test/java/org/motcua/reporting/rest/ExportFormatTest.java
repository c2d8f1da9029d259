package org.motcua.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.reporting.domain.InvalidParameter;

class ExportFormatTest {

    static List<MediaType> accept(String... types) {
        return java.util.Arrays.stream(types).map(MediaType::valueOf).toList();
    }

    @Test
    @DisplayName("a browser or curl accepting anything gets JSON; a spreadsheet client gets what it asks for")
    void acceptHeader() {
        assertThat(ExportFormat.choose(null, accept("*/*"))).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, accept())).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, accept("text/csv"))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.choose(null,
                accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.choose(null, accept("application/*"))).isEqualTo(ExportFormat.JSON);
    }

    @Test
    @DisplayName("the format parameter wins over Accept, and an unknown one names the parameter")
    void formatParameter() {
        assertThat(ExportFormat.choose("XLSX", accept("application/json"))).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.choose("csv", accept("*/*"))).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.choose("pdf", accept("*/*"))).isInstanceOf(InvalidParameter.class)
                .hasMessageStartingWith("format");
    }
}
