package org.motcua.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.motcua.contracts.catalog.ApplicantType;

/**
 * Validates an applicant: a citizen's identity number (căn cước công dân) has 12 digits; a business's tax
 * code (mã số thuế) has 10 digits, or 13 for a branch, written either as 13 digits or as 10 digits, a dash
 * and 3 digits (0101234567-001). Phone: a Vietnamese number, 0 or +84 then 9 or 10 digits (spaces, dots and
 * dashes allowed between groups). Email: a plain address. The reasons never repeat the value (personal data).
 */
public final class ApplicantRules {
    private ApplicantRules() {
    }

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}|\\d{13}|\\d{10}-\\d{3}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** The violations of {@code applicant}, fields prefixed with {@code prefix} (e.g. "applicant"). */
    public static List<Violation> check(Applicant applicant, String prefix) {
        List<Violation> violations = new ArrayList<>();
        if (applicant == null) {
            violations.add(new Violation(prefix, "thiếu thông tin người nộp hồ sơ"));
            return violations;
        }
        if (applicant.type() == null) {
            violations.add(new Violation(prefix + ".type", "thiếu loại đối tượng (CITIZEN hoặc BUSINESS)"));
        }
        if (isBlank(applicant.name())) {
            violations.add(new Violation(prefix + ".name", "thiếu họ tên hoặc tên tổ chức"));
        } else if (applicant.name().length() > 200) {
            violations.add(new Violation(prefix + ".name", "dài quá 200 ký tự"));
        }
        String id = applicant.identityNumber();
        if (isBlank(id)) {
            violations.add(new Violation(prefix + ".identityNumber", "thiếu số định danh (CCCD hoặc mã số thuế)"));
        } else if (applicant.type() == ApplicantType.CITIZEN && !CITIZEN_ID.matcher(id).matches()) {
            violations.add(new Violation(prefix + ".identityNumber", "số căn cước công dân phải gồm đúng 12 chữ số"));
        } else if (applicant.type() == ApplicantType.BUSINESS && !TAX_CODE.matcher(id).matches()) {
            violations.add(new Violation(prefix + ".identityNumber",
                    "mã số thuế phải gồm 10 hoặc 13 chữ số (ví dụ 0101234567 hoặc 0101234567-001)"));
        }
        if (!isBlank(applicant.phone()) && !PHONE.matcher(applicant.phone().replaceAll("[ .-]", "")).matches()) {
            violations.add(new Violation(prefix + ".phone", "số điện thoại không hợp lệ"));
        }
        if (!isBlank(applicant.email()) && (applicant.email().length() > 254
                || !EMAIL.matcher(applicant.email()).matches())) {
            violations.add(new Violation(prefix + ".email", "địa chỉ thư điện tử không hợp lệ"));
        }
        if (applicant.address() != null && applicant.address().length() > 500) {
            violations.add(new Violation(prefix + ".address", "dài quá 500 ký tự"));
        }
        return violations;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
