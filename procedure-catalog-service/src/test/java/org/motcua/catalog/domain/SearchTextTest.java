package org.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    @DisplayName("a citizen typing without diacritics finds the Vietnamese name")
    void stripsDiacritics() {
        assertThat(SearchText.normalise("Thành lập Trung tâm ngoại ngữ, tin học"))
                .isEqualTo("thanh lap trung tam ngoai ngu tin hoc");
        assertThat(SearchText.normalise("trung tam ngoai ngu")).isEqualTo("trung tam ngoai ngu");
    }

    @Test
    @DisplayName("đ and Đ become d, which Unicode decomposition alone does not do")
    void dStroke() {
        assertThat(SearchText.normalise("Đào tạo, đăng ký")).isEqualTo("dao tao dang ky");
    }

    @Test
    @DisplayName("upper case, precomposed and decomposed input give the same form")
    void caseAndComposition() {
        String decomposed = java.text.Normalizer.normalize("NGOẠI NGỮ", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.normalise(decomposed)).isEqualTo("ngoai ngu");
        assertThat(SearchText.normalise("Ngoại Ngữ")).isEqualTo("ngoai ngu");
    }

    @Test
    @DisplayName("punctuation and runs of spaces collapse to one space; procedure codes keep their dots")
    void separators() {
        assertThat(SearchText.normalise("  1.005076 –  Cấp   bản sao (từ sổ gốc)  ")).isEqualTo("1.005076 cap ban sao tu so goc");
    }

    @Test
    @DisplayName("a query is split into at most eight distinct words; an empty query has none")
    void terms() {
        assertThat(SearchText.terms("Ngoại ngữ ngoai ngu tin")).containsExactly("ngoai", "ngu", "tin");
        assertThat(SearchText.terms("a b c d e f g h i j")).hasSize(8);
        assertThat(SearchText.terms("  ,  ")).isEmpty();
        assertThat(SearchText.terms(null)).isEmpty();
        assertThat(SearchText.normalise(null)).isEmpty();
    }
}
