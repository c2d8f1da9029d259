package org.motcua.commons.problem;

/**
 * Text safe to put in a problem document: a hostile value echoed in a {@code detail} may carry lone surrogates
 * (not Unicode, unwritable as UTF-8), control characters or a megabyte of text. Each becomes U+FFFD, and the text
 * is cut to a readable length.
 */
final class ProblemText {

    static final int MAX_LENGTH = 1_000;
    private static final char REPLACEMENT = '\uFFFD';

    private ProblemText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        int length = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || Character.isISOControl(c) && c != '\n';
            }
            if (bad && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        String safe = out == null ? text.substring(0, length) : out.toString();
        return text.length() > MAX_LENGTH ? safe + "…" : safe;
    }

    /** True when {@code text} has a surrogate without its pair: not Unicode text. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
