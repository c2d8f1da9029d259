package org.motcua.catalog.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.VietnamTime;

/** Query and path parameters read by hand, so that a malformed one is a 400 problem naming it. */
final class Params {

    private Params() {
    }

    static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "'" + raw + "' không phải là số nguyên.");
        }
        if (value < min || value > max) {
            throw ProblemException.badRequest(name, "giá trị phải từ " + min + " đến " + max + ".");
        }
        return value;
    }

    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest(name, "cần ngày theo định dạng YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + raw + "' không phải ngày hợp lệ theo định dạng YYYY-MM-DD.");
        }
    }

    /** An ISO-8601 instant with its offset, e.g. 2020-03-05T09:30:00+07:00. */
    static OffsetDateTime instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest(name, "cần thời điểm theo ISO-8601 có múi giờ, ví dụ 2020-03-05T09:30:00+07:00.");
        }
        try {
            return OffsetDateTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + raw
                    + "' không phải thời điểm ISO-8601 có múi giờ, ví dụ 2020-03-05T09:30:00+07:00.");
        }
    }

    /** The Vietnamese day of an instant with offset, or a plain date; today when absent. */
    static LocalDate dayOf(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return LocalDate.now(VietnamTime.ZONE);
        }
        if (raw.trim().length() == 10) {
            return date(name, raw);
        }
        return instant(name, raw).atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }

    static String code(String raw) {
        if (raw == null || !raw.matches("[\\p{L}\\p{N}._-]{1,64}")) {
            throw ProblemException.badRequest("code", "mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 64 ký tự).");
        }
        return raw;
    }
}
