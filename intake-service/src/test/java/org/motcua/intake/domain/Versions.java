package org.motcua.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.OnlineLevel;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.catalog.ProcessingTime;

/** Procedure versions for the domain tests: the DoET's "licence to operate a language centre". */
final class Versions {
    private Versions() {
    }

    static final CodeName DOET = new CodeName("SGDDT", "Sở Giáo dục và Đào tạo");

    static final List<DossierComponent> COMPONENTS = List.of(
            new DossierComponent("TP1", "Tờ trình đề nghị cấp phép hoạt động", true, 1, 0, "Mẫu 01"),
            new DossierComponent("TP2", "Quyết định thành lập trung tâm", true, 0, 1, null),
            new DossierComponent("TP3", "Danh sách giáo viên", true, 1, 0, null),
            new DossierComponent("TP4", "Tài liệu giới thiệu (nếu có)", false, 0, 1, null));

    static ProcedureVersion version(int number, LocalDate from, LocalDate to, int committedDays) {
        return new ProcedureVersion("1.005076", number, "Cấp phép hoạt động trung tâm ngoại ngữ, tin học",
                new CodeName("GDDT", "Giáo dục và Đào tạo"), DOET, List.of(ApplicantType.BUSINESS, ApplicantType.CITIZEN),
                List.of(Channel.DIRECT, Channel.POSTAL), OnlineLevel.PARTLY_ONLINE, COMPONENTS,
                new ProcessingTime(new ProcessingDuration(15, DurationUnit.WORKING_DAYS),
                        new ProcessingDuration(committedDays, DurationUnit.WORKING_DAYS)),
                Map.of(), List.of(), "Giấy phép", List.of(), null, from, to);
    }
}
