package org.motcua.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.motcua.contracts.Channel;
import org.motcua.contracts.catalog.ApplicantType;

/** Vietnamese words for the enums and dates shown to people. */
public final class Labels {
    private Labels() {
    }

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static String channel(Channel channel) {
        return switch (channel) {
            case DIRECT -> "trực tiếp";
            case ONLINE -> "trực tuyến";
            case POSTAL -> "bưu chính công ích";
        };
    }

    public static String applicantType(ApplicantType type) {
        return switch (type) {
            case CITIZEN -> "công dân";
            case BUSINESS -> "doanh nghiệp, tổ chức";
        };
    }

    public static String date(LocalDate day) {
        return day.format(DATE);
    }
}
