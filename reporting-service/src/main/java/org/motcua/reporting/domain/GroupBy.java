package org.motcua.reporting.domain;

import java.util.Locale;

/** What a form 06 row stands for. */
public enum GroupBy {
    /** Lĩnh vực. */
    FIELD("Lĩnh vực"),
    /** Thủ tục hành chính. */
    PROCEDURE("Thủ tục hành chính"),
    /** Cơ quan giải quyết. */
    AGENCY("Cơ quan");

    /** The heading of the row label column in the exports. */
    public final String heading;

    GroupBy(String heading) {
        this.heading = heading;
    }

    /** field | procedure | agency; absent means field. */
    public static GroupBy parse(String text) {
        if (text == null || text.isBlank()) {
            return FIELD;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("groupBy", "giá trị '" + text
                    + "' không được hỗ trợ; chọn một trong: field, procedure, agency");
        }
    }

    /** An agency code filter: letters, digits, dot, dash, underscore; absent means every agency. */
    public static String agency(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new InvalidParameter("agency", "mã cơ quan '" + text + "' không hợp lệ");
        }
        return text;
    }
}
