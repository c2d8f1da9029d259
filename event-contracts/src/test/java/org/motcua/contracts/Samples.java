package org.motcua.contracts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DatedReason;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.Fee;
import org.motcua.contracts.catalog.LegalDocument;
import org.motcua.contracts.catalog.OnlineLevel;
import org.motcua.contracts.catalog.ProcedureChanged;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.catalog.ProcessingTime;
import org.motcua.contracts.catalog.WorkingSession;
import org.motcua.contracts.intake.DossierNotReceived;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.SupplementRequestedAtIntake;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.contracts.processing.Actor;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DeadlineAlert;
import org.motcua.contracts.processing.Decision;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.contracts.processing.DueDateChanged;

/**
 * Realistic payloads, one per event type, from the reference case (the provincial Department of Education
 * and Training in 2020: a licence to operate a language and IT centre, committed 12 of 15 working days).
 * Times are at +07:00 as the producers write them.
 */
final class Samples {
    private Samples() {
    }

    static final ZoneOffset VN = ZoneOffset.ofHours(7);
    static final String DOSSIER = "000.00.16.H38-200305-0007";
    static final String PROCEDURE = "1.005076";
    static final CodeName AGENCY = new CodeName("000.00.16.H38", "Sở Giáo dục và Đào tạo");
    static final CodeName FIELD = new CodeName("GDTX", "Giáo dục thường xuyên");
    static final ProcessingDuration STATUTORY = new ProcessingDuration(15, DurationUnit.WORKING_DAYS);
    static final ProcessingDuration COMMITTED = new ProcessingDuration(12, DurationUnit.WORKING_DAYS);

    static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, VN);
    }

    /** A sample payload for an event type of {@link EventTypes#ALL}. */
    static Object of(String type) {
        return switch (type) {
            case EventTypes.PROCEDURE_CHANGED -> procedureChanged();
            case EventTypes.CALENDAR_YEAR_CHANGED -> calendar2020();
            case EventTypes.DOSSIER_RECEIVED -> dossierReceived();
            case EventTypes.DOSSIER_NOT_RECEIVED -> dossierNotReceived();
            case EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE -> supplementRequestedAtIntake();
            case EventTypes.SUPPLEMENT_PROVIDED -> new SupplementProvided(DOSSIER, List.of("TP03"), true,
                    at(2020, 3, 6, 14, 5), at(2020, 3, 6, 14, 7));
            case EventTypes.WITHDRAWAL_REQUESTED -> new WithdrawalRequested(DOSSIER,
                    "Trung tâm thay đổi địa điểm hoạt động, xin rút hồ sơ để nộp lại", at(2020, 3, 10, 8, 40),
                    at(2020, 3, 10, 8, 42));
            case EventTypes.CASE_TRANSITIONED -> caseRefused();
            case EventTypes.DUE_DATE_CHANGED -> new DueDateChanged(DOSSIER, LocalDate.of(2020, 3, 23),
                    at(2020, 3, 23, 9, 15), LocalDate.of(2020, 3, 27), at(2020, 3, 27, 16, 0),
                    DueDateChangeReason.EXTENSION,
                    "Cần lấy ý kiến Sở Xây dựng về điều kiện cơ sở vật chất; đã gửi văn bản xin lỗi (mẫu 04)",
                    at(2020, 3, 20, 10, 0), at(2020, 3, 20, 10, 3));
            case EventTypes.CASE_DUE_SOON -> new DeadlineAlert(DOSSIER, CaseState.IN_PROGRESS,
                    "Phòng Giáo dục thường xuyên - Chuyên nghiệp", "cb.tran.thi.b", LocalDate.of(2020, 3, 23),
                    at(2020, 3, 23, 9, 15), at(2020, 3, 20, 7, 0), at(2020, 3, 20, 7, 0));
            case EventTypes.CASE_OVERDUE -> new DeadlineAlert(DOSSIER, CaseState.SUPPLEMENT_REQUESTED, null, null,
                    LocalDate.of(2020, 3, 23), at(2020, 3, 23, 9, 15), at(2020, 3, 23, 9, 15),
                    at(2020, 3, 23, 9, 16));
            default -> throw new IllegalArgumentException("No sample for " + type
                    + ": add one to Samples.of (and the type to ContractCatalogue)");
        };
    }

    static ProcedureChanged procedureChanged() {
        ProcedureVersion v1 = procedureVersion(1, new ProcessingTime(STATUTORY, STATUTORY), null,
                LocalDate.of(2019, 1, 1), LocalDate.of(2020, 3, 5));
        ProcedureVersion v2 = procedureVersion(2, new ProcessingTime(STATUTORY, COMMITTED),
                Map.of(Channel.ONLINE, new ProcessingTime(STATUTORY, new ProcessingDuration(10,
                        DurationUnit.WORKING_DAYS))),
                LocalDate.of(2020, 3, 5), null);
        return new ProcedureChanged(PROCEDURE, List.of(v1, v2));
    }

    static ProcedureVersion procedureVersion(int version, ProcessingTime time, Map<Channel, ProcessingTime> byChannel,
            LocalDate from, LocalDate to) {
        return new ProcedureVersion(PROCEDURE, version, "Cấp phép hoạt động trung tâm ngoại ngữ, tin học", FIELD,
                AGENCY, List.of(ApplicantType.CITIZEN, ApplicantType.BUSINESS),
                List.of(Channel.DIRECT, Channel.POSTAL, Channel.ONLINE), OnlineLevel.PARTLY_ONLINE,
                List.of(new DossierComponent("TP01", "Tờ trình đề nghị cấp phép hoạt động", true, 1, 0, null),
                        new DossierComponent("TP02", "Quyết định thành lập trung tâm", true, 0, 1, null),
                        new DossierComponent("TP03", "Danh sách giáo viên kèm bản sao văn bằng, chứng chỉ", true, 1,
                                0, null),
                        new DossierComponent("TP04", "Hợp đồng thuê cơ sở vật chất", false, 0, 1, null)),
                time, byChannel,
                List.of(new Fee("Phí thẩm định cấp phép hoạt động giáo dục", 1_000_000L)),
                "Quyết định cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục",
                List.of(new LegalDocument("46/2017/NĐ-CP",
                                "Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục"),
                        new LegalDocument("21/2018/TT-BGDĐT",
                                "Thông tư ban hành Quy chế tổ chức và hoạt động của trung tâm ngoại ngữ, tin học")),
                "Có quyết định thành lập; có đủ giáo viên, cơ sở vật chất theo quy định", from, to);
    }

    static CalendarYear calendar2020() {
        return new CalendarYear(2020, "Asia/Ho_Chi_Minh",
                List.of(new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                        new WorkingSession(LocalTime.of(13, 30), LocalTime.of(17, 0))),
                List.of(new DatedReason(LocalDate.of(2020, 1, 1), "Tết Dương lịch"),
                        new DatedReason(LocalDate.of(2020, 1, 23), "Tết Nguyên đán"),
                        new DatedReason(LocalDate.of(2020, 1, 24), "Tết Nguyên đán"),
                        new DatedReason(LocalDate.of(2020, 1, 27), "Tết Nguyên đán"),
                        new DatedReason(LocalDate.of(2020, 1, 28), "Tết Nguyên đán"),
                        new DatedReason(LocalDate.of(2020, 1, 29), "Tết Nguyên đán"),
                        new DatedReason(LocalDate.of(2020, 4, 2), "Giỗ Tổ Hùng Vương"),
                        new DatedReason(LocalDate.of(2020, 4, 30), "Ngày Giải phóng miền Nam"),
                        new DatedReason(LocalDate.of(2020, 5, 1), "Ngày Quốc tế Lao động"),
                        new DatedReason(LocalDate.of(2020, 9, 2), "Quốc khánh")),
                List.of(), false, "Bộ luật Lao động số 10/2012/QH13");
    }

    static DossierReceived dossierReceived() {
        return new DossierReceived(DOSSIER, PROCEDURE, 2, "Cấp phép hoạt động trung tâm ngoại ngữ, tin học", AGENCY,
                FIELD, Channel.DIRECT, ApplicantType.BUSINESS, "Trung tâm Ngoại ngữ - Tin học Ánh Dương",
                at(2020, 3, 5, 9, 15), LocalDate.of(2020, 3, 23), at(2020, 3, 23, 9, 15), COMMITTED, STATUTORY,
                List.of("TP01", "TP02", "TP03"), true, false, at(2020, 3, 5, 9, 15), at(2020, 3, 5, 9, 18));
    }

    static DossierNotReceived dossierNotReceived() {
        // The procedure belongs to another agency: intake knows its own agency code, not a name for it.
        return new DossierNotReceived("000.00.16.H38-200305-0008", "1.000948.H38",
                new CodeName(AGENCY.code(), null), null, Channel.POSTAL, at(2020, 3, 5, 10, 2), "WRONG_AGENCY",
                "Thủ tục thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện, đề nghị nộp hồ sơ tại "
                        + "Bộ phận một cửa cấp huyện",
                at(2020, 3, 5, 10, 2), at(2020, 3, 5, 10, 6));
    }

    static SupplementRequestedAtIntake supplementRequestedAtIntake() {
        return new SupplementRequestedAtIntake(DOSSIER, PROCEDURE, 2, AGENCY, FIELD, Channel.ONLINE,
                at(2020, 3, 5, 16, 48),
                List.of(new CodeName("TP03", "Danh sách giáo viên kèm bản sao văn bằng, chứng chỉ")),
                at(2020, 3, 5, 16, 48), at(2020, 3, 6, 7, 35));
    }

    static CaseTransitioned caseRefused() {
        return new CaseTransitioned(DOSSIER, PROCEDURE, AGENCY.code(), FIELD.code(), CaseAction.REFUSE,
                CaseState.IN_PROGRESS, CaseState.REFUSED, CaseState.REFUSED.nationalStatusCode,
                new Actor("b7c1e2d4-5f60-4a7b-9c8d-0e1f2a3b4c5d", "unit-head", "Ban Giám đốc"),
                "Phòng Giáo dục thường xuyên - Chuyên nghiệp", "cb.tran.thi.b",
                new Decision("125/QĐ-SGDĐT", LocalDate.of(2020, 3, 19), "Nguyễn Văn A",
                        "Phòng học không đáp ứng diện tích tối thiểu theo quy định"),
                "Không đủ điều kiện cơ sở vật chất", null, null, LocalDate.of(2020, 3, 23),
                at(2020, 3, 23, 9, 15), List.of(), at(2020, 3, 19, 15, 30), at(2020, 3, 19, 15, 32));
    }
}
