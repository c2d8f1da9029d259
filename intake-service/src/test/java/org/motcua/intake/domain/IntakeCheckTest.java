package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.ProcedureVersion;

class IntakeCheckTest {

    private static final LocalDate NOTICE_371 = LocalDate.of(2020, 3, 5);
    private static final List<ProcedureVersion> TIMELINE = List.of(
            Versions.version(1, LocalDate.of(2019, 1, 1), NOTICE_371, 15),
            Versions.version(2, NOTICE_371, null, 12));
    private static final Set<String> ALL = Set.of("TP1", "TP2", "TP3");

    private static IntakeOutcome check(LocalDate day, Channel channel, ApplicantType type, String agency,
            Set<String> provided) {
        return IntakeCheck.check("1.005076", TIMELINE, day, channel, type, agency, provided);
    }

    @Test
    @DisplayName("a complete dossier is received under the version in force that day")
    void received() {
        IntakeOutcome outcome = check(NOTICE_371, Channel.DIRECT, ApplicantType.BUSINESS, null, ALL);
        assertThat(outcome).isInstanceOf(IntakeOutcome.Received.class);
        assertThat(outcome.status().nationalStatusCode).isEqualTo(2);
        assertThat(outcome.version().version()).isEqualTo(2);
        assertThat(check(NOTICE_371.minusDays(1), Channel.DIRECT, ApplicantType.BUSINESS, null, ALL).version().version())
                .as("the day before Notice 371 took effect, the statutory version applies").isEqualTo(1);
    }

    @Test
    @DisplayName("an incomplete dossier lists every missing mandatory component at once, in catalogue order")
    void incomplete() {
        IntakeOutcome outcome = check(NOTICE_371, Channel.DIRECT, ApplicantType.BUSINESS, "SGDDT", Set.of("TP2", "TP4"));
        assertThat(outcome).isInstanceOf(IntakeOutcome.SupplementRequested.class);
        assertThat(outcome.status().nationalStatusCode).isEqualTo(5);
        assertThat(((IntakeOutcome.SupplementRequested) outcome).missing()).containsExactly(
                new CodeName("TP1", "Tờ trình đề nghị cấp phép hoạt động"),
                new CodeName("TP3", "Danh sách giáo viên"));
    }

    @Test
    @DisplayName("an optional component is never asked for")
    void optionalNotRequired() {
        assertThat(IntakeCheck.missing(TIMELINE.get(1), ALL)).isEmpty();
    }

    @Test
    @DisplayName("an unknown procedure is not received, with the reason")
    void unknownProcedure() {
        IntakeOutcome outcome = IntakeCheck.check("9.999999", List.of(), NOTICE_371, Channel.DIRECT,
                ApplicantType.CITIZEN, null, ALL);
        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.NotReceived.class, n -> {
            assertThat(n.reasonCode()).isEqualTo(RefusalReason.UNKNOWN_PROCEDURE);
            assertThat(n.reason()).contains("9.999999").contains("không có trong danh mục");
        });
        assertThat(outcome.status().nationalStatusCode).isEqualTo(3);
    }

    @Test
    @DisplayName("a procedure with no version in force on the receipt day (not yet or no longer) is not received")
    void notInForce() {
        List<ProcedureVersion> ended = List.of(Versions.version(1, LocalDate.of(2019, 1, 1), NOTICE_371, 15));
        IntakeOutcome outcome = IntakeCheck.check("1.005076", ended, NOTICE_371, Channel.DIRECT, ApplicantType.CITIZEN,
                null, ALL);
        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.NotReceived.class, n -> {
            assertThat(n.reasonCode()).isEqualTo(RefusalReason.NOT_IN_FORCE);
            assertThat(n.reason()).contains("05/03/2020");
        });
        assertThat(check(LocalDate.of(2018, 12, 31), Channel.DIRECT, ApplicantType.CITIZEN, null, ALL))
                .extracting(o -> ((IntakeOutcome.NotReceived) o).reasonCode()).isEqualTo(RefusalReason.NOT_IN_FORCE);
    }

    @Test
    @DisplayName("a dossier handed to another agency's desk is not received")
    void wrongAgency() {
        IntakeOutcome outcome = check(NOTICE_371, Channel.DIRECT, ApplicantType.CITIZEN, "SYT", ALL);
        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.NotReceived.class, n -> {
            assertThat(n.reasonCode()).isEqualTo(RefusalReason.WRONG_AGENCY);
            assertThat(n.reason()).contains("SYT").contains("Sở Giáo dục và Đào tạo");
        });
    }

    @Test
    @DisplayName("a channel the procedure does not offer is refused")
    void channelNotOffered() {
        IntakeOutcome outcome = check(NOTICE_371, Channel.ONLINE, ApplicantType.CITIZEN, null, ALL);
        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.NotReceived.class, n -> {
            assertThat(n.reasonCode()).isEqualTo(RefusalReason.CHANNEL_NOT_OFFERED);
            assertThat(n.reason()).contains("trực tuyến");
        });
    }

    @Test
    @DisplayName("an applicant type the procedure is not for is refused")
    void applicantTypeNotEligible() {
        ProcedureVersion businessOnly = new ProcedureVersion("1.1", 1, "Thủ tục doanh nghiệp", null, Versions.DOET,
                List.of(ApplicantType.BUSINESS), List.of(Channel.DIRECT), null, List.of(), null, null, null, null,
                null, null, LocalDate.of(2019, 1, 1), null);
        IntakeOutcome outcome = IntakeCheck.check("1.1", List.of(businessOnly), NOTICE_371, Channel.DIRECT,
                ApplicantType.CITIZEN, null, Set.of());
        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.NotReceived.class,
                n -> assertThat(n.reasonCode()).isEqualTo(RefusalReason.APPLICANT_TYPE_NOT_ELIGIBLE));
    }

    @Test
    @DisplayName("a document naming a component the version does not have is named by its index")
    void unknownComponents() {
        List<Document> docs = List.of(new Document("TP1", null, 1, 0, null), new Document("TP9", null, 1, 0, null),
                new Document("TP3", null, 1, 0, null), new Document("XX", null, 0, 1, null));
        assertThat(IntakeCheck.unknownComponents(TIMELINE.get(1), docs, "documents")).extracting(Violation::field)
                .containsExactly("documents[1].componentCode", "documents[3].componentCode");
    }

    @Test
    @DisplayName("when two versions overlap, the higher version number wins")
    void overlapping() {
        List<ProcedureVersion> overlap = List.of(Versions.version(3, LocalDate.of(2019, 1, 1), null, 10),
                Versions.version(4, LocalDate.of(2019, 6, 1), null, 8));
        assertThat(IntakeCheck.inForce(overlap, NOTICE_371)).get().extracting(ProcedureVersion::version).isEqualTo(4);
    }
}
