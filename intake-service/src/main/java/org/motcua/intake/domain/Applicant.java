package org.motcua.intake.domain;

import org.motcua.contracts.catalog.ApplicantType;

/**
 * Người nộp hồ sơ. {@code identityNumber} is the 12-digit citizen identity number (CCCD) of a citizen or the
 * tax code (mã số thuế) of a business. Identity number, phone and email are personal data: never logged,
 * never published in events or on the public look-up.
 */
public record Applicant(ApplicantType type, String name, String identityNumber, String phone, String email,
        String address) {
}
