package org.motcua.commons.problem;

import java.sql.SQLException;

/**
 * A value the database refuses as data (SQLState class 22: a NUL character, a number or text out of range, an
 * invalid date): the client's input, so a 400 problem rather than a server error. Safety net behind validation.
 */
final class RejectedData {

    private RejectedData() {
    }

    /** The Vietnamese reason, or null when {@code e} is not a data exception. */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return switch (sql.getSQLState()) {
                    case "22021" -> "chuỗi chứa ký tự không lưu được (NUL hoặc mã hóa sai)";
                    case "22001" -> "chuỗi dài quá độ dài cho phép";
                    case "22003" -> "số nằm ngoài khoảng cho phép";
                    case "22007", "22008" -> "ngày giờ không hợp lệ";
                    default -> "giá trị không hợp lệ (mã " + sql.getSQLState() + ")";
                };
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
