package org.motcua.catalog.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The searchable form of a Vietnamese text: without diacritics (đ becomes d), lower-case, with every run of
 * punctuation and spaces turned into one space. "Thành lập Trung tâm ngoại ngữ, tin học" and
 * "thanh lap trung tam ngoai ngu tin hoc" have the same form.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final int MAX_TERMS = 8;

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        String stripped = MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The words of a query, normalised, at most eight: each must occur in a match. */
    public static List<String> terms(String query) {
        String normalised = normalise(query);
        if (normalised.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalised.split(" ")).distinct().limit(MAX_TERMS).toList();
    }
}
