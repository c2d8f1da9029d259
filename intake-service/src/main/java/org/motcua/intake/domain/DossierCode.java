package org.motcua.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mã hồ sơ (Circular 01/2018 Art 19): {@code <agency-code>-YYMMDD-NNNN}: the receiving agency's code
 * (letters, digits and dots, e.g. {@code 000.00.15.H38}), the receipt day in Asia/Ho_Chi_Minh and the
 * agency's sequence of that day from 0001 (a fifth digit appears after 9999 dossiers in a day).
 */
public record DossierCode(String agencyCode, LocalDate receiptDay, int sequence) {

    public static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9.]{1,40}");
    private static final Pattern CODE = Pattern.compile("([A-Za-z0-9.]{1,40})-(\\d{6})-(\\d{4,6})");
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    public DossierCode {
        if (agencyCode == null || !AGENCY.matcher(agencyCode).matches()) {
            throw new IllegalArgumentException("Agency code must be letters, digits and dots: " + agencyCode);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence starts at 1: " + sequence);
        }
    }

    /** Parses a code; empty when it does not follow the format (or its date does not exist). */
    public static Optional<DossierCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse("20" + m.group(2), STRICT_DAY);
            return Optional.of(new DossierCode(m.group(1), day, Integer.parseInt(m.group(3))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Written digit by digit: {@code String.format} and a date formatter were 2 % of intake's CPU a dossier. */
    @Override
    public String toString() {
        StringBuilder code = new StringBuilder(agencyCode.length() + 13).append(agencyCode).append('-');
        twoDigits(code, receiptDay.getYear() % 100);
        twoDigits(code, receiptDay.getMonthValue());
        twoDigits(code, receiptDay.getDayOfMonth());
        code.append('-');
        String number = Integer.toString(sequence);
        for (int i = number.length(); i < 4; i++) {
            code.append('0');
        }
        return code.append(number).toString();
    }

    private static void twoDigits(StringBuilder code, int value) {
        code.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
