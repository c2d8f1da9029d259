package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

    @Test
    @DisplayName("the code is agency, receipt day as YYMMDD and a four-digit sequence")
    void format() {
        assertThat(new DossierCode("000.00.15.H38", LocalDate.of(2020, 3, 5), 7).toString())
                .isEqualTo("000.00.15.H38-200305-0007");
        assertThat(new DossierCode("SGDDT", LocalDate.of(2026, 11, 27), 10_000).toString())
                .isEqualTo("SGDDT-261127-10000");
    }

    @Test
    @DisplayName("every day of 2000-2099 and sequences 1 to 100,000 are written as the YYMMDD formatter and %04d write them, and read back")
    void everyDayOfTheCentury() {
        java.time.format.DateTimeFormatter yymmdd = java.time.format.DateTimeFormatter.ofPattern("uuMMdd");
        int[] sequences = {1, 9, 10, 99, 123, 999, 1000, 9999, 10_000, 99_999, 100_000};
        int i = 0;
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.getYear() < 2100; day = day.plusDays(1)) {
            int sequence = sequences[i++ % sequences.length];
            DossierCode code = new DossierCode("000.00.15.H38", day, sequence);
            String expected = "000.00.15.H38-" + day.format(yymmdd) + "-" + String.format("%04d", sequence);
            assertThat(code.toString()).isEqualTo(expected);
            assertThat(DossierCode.parse(expected)).contains(code);
        }
    }

    @Test
    @DisplayName("a code reads back into its parts")
    void parse() {
        assertThat(DossierCode.parse("000.00.15.H38-200305-0123"))
                .contains(new DossierCode("000.00.15.H38", LocalDate.of(2020, 3, 5), 123));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SGDDT-200305-123", "SGDDT-2003050-0001", "SGDDT_200305_0001", "-200305-0001",
            "SGDDT-200231-0001", "SGDDT-200305-0000", "SỞ-200305-0001", "SGDDT-200305-0001 "})
    @DisplayName("codes off the format, with a non-existent day or sequence 0 are not codes")
    void notCodes(String text) {
        assertThat(DossierCode.parse(text)).isEmpty();
    }

    @Test
    @DisplayName("an agency code with a dash or a zero sequence cannot make a code")
    void invalidParts() {
        assertThatThrownBy(() -> new DossierCode("SO-GD", LocalDate.of(2020, 1, 2), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DossierCode("SGD", LocalDate.of(2020, 1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
