package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motcua.contracts.catalog.ApplicantType;

class ApplicantRulesTest {

    private static Applicant citizen(String id) {
        return new Applicant(ApplicantType.CITIZEN, "Nguyễn Văn An", id, null, null, null);
    }

    private static Applicant business(String taxCode) {
        return new Applicant(ApplicantType.BUSINESS, "Công ty TNHH Ánh Dương", taxCode, null, null, null);
    }

    private static List<String> fields(Applicant a) {
        return ApplicantRules.check(a, "applicant").stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("a citizen with a 12-digit identity number, phone and email passes")
    void validCitizen() {
        assertThat(ApplicantRules.check(new Applicant(ApplicantType.CITIZEN, "Trần Thị Bình", "001190012345",
                "0912 345 678", "binh.tran@example.vn", "12 Lý Thường Kiệt, Hà Nội"), "applicant")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00119001234", "0011900123456", "00119001234a", "001-190-012345"})
    @DisplayName("a citizen identity number that is not exactly 12 digits is refused, without echoing it")
    void wrongCitizenId(String id) {
        List<Violation> v = ApplicantRules.check(citizen(id), "applicant");
        assertThat(v).extracting(Violation::field).containsExactly("applicant.identityNumber");
        assertThat(v.get(0).reason()).contains("12 chữ số").doesNotContain(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101234567", "0101234567001", "0101234567-001"})
    @DisplayName("a business tax code of 10 digits, or 13 with or without the branch dash, passes")
    void validTaxCodes(String taxCode) {
        assertThat(fields(business(taxCode))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"001190012345", "010123456", "0101234567-01", "0101234567_001"})
    @DisplayName("a tax code of another length is refused; a citizen number is not a tax code")
    void wrongTaxCodes(String taxCode) {
        assertThat(fields(business(taxCode))).containsExactly("applicant.identityNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "024.3825.1234", "091-234-5678", "02838221234"})
    @DisplayName("Vietnamese phone numbers in their usual spellings pass")
    void validPhones(String phone) {
        assertThat(fields(new Applicant(ApplicantType.CITIZEN, "An", "001190012345", phone, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abc", "091234567890123", "84912345678"})
    @DisplayName("a phone number that is not Vietnamese is refused")
    void wrongPhones(String phone) {
        assertThat(fields(new Applicant(ApplicantType.CITIZEN, "An", "001190012345", phone, null, null)))
                .containsExactly("applicant.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"an@", "an.example.vn", "an@example", "an @example.vn"})
    @DisplayName("a malformed email is refused")
    void wrongEmails(String email) {
        assertThat(fields(new Applicant(ApplicantType.CITIZEN, "An", "001190012345", null, email, null)))
                .containsExactly("applicant.email");
    }

    @Test
    @DisplayName("every missing piece is named at once")
    void everythingMissing() {
        assertThat(fields(new Applicant(null, " ", null, null, null, null)))
                .containsExactly("applicant.type", "applicant.name", "applicant.identityNumber");
        assertThat(fields(null)).containsExactly("applicant");
    }
}
