package org.motcua.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.ProcedureVersion;

/**
 * The check at the desk (Decree 61/2018 Art 15): against the procedure version in force on the receipt
 * day, is the dossier this agency's, offered on this channel, for this kind of applicant, and complete?
 * Incomplete: every missing mandatory component is listed at once (Art 15(3)).
 */
public final class IntakeCheck {
    private IntakeCheck() {
    }

    /** The version in force on {@code day}: the highest version number among those in force. */
    public static Optional<ProcedureVersion> inForce(Collection<ProcedureVersion> timeline, LocalDate day) {
        return timeline.stream().filter(v -> v.inForceOn(day)).max(Comparator.comparingInt(ProcedureVersion::version));
    }

    /**
     * Documents naming a component the version does not have: one violation per document, at
     * {@code <prefix>[i].componentCode}.
     */
    public static List<Violation> unknownComponents(ProcedureVersion version, List<Document> documents, String prefix) {
        Set<String> known = components(version).stream().map(DossierComponent::code).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String code = documents.get(i).componentCode();
            if (code != null && !known.contains(code)) {
                violations.add(new Violation(prefix + "[" + i + "].componentCode",
                        "thành phần hồ sơ '" + code + "' không có trong thủ tục " + version.procedureCode()
                                + " (phiên bản " + version.version() + ")"));
            }
        }
        return violations;
    }

    /** The mandatory components of {@code version} that none of {@code provided} answers, in catalogue order. */
    public static List<CodeName> missing(ProcedureVersion version, Set<String> provided) {
        return components(version).stream().filter(DossierComponent::mandatory)
                .filter(c -> !provided.contains(c.code())).map(c -> new CodeName(c.code(), c.name())).toList();
    }

    /**
     * Decides the outcome. {@code timeline}: the replica's versions of {@code procedureCode} (empty when
     * unknown); {@code receivingAgency}: the agency named in the request, null for the procedure's own.
     * Call {@link #unknownComponents} first: a document naming an unknown component is bad input, not an outcome.
     */
    public static IntakeOutcome check(String procedureCode, Collection<ProcedureVersion> timeline, LocalDate receiptDay,
            Channel channel, ApplicantType applicantType, String receivingAgency, Set<String> provided) {
        if (timeline.isEmpty()) {
            return new IntakeOutcome.NotReceived(null, RefusalReason.UNKNOWN_PROCEDURE, "Thủ tục " + procedureCode
                    + " không có trong danh mục thủ tục hành chính đã công bố.");
        }
        Optional<ProcedureVersion> found = inForce(timeline, receiptDay);
        if (found.isEmpty()) {
            return new IntakeOutcome.NotReceived(null, RefusalReason.NOT_IN_FORCE, "Thủ tục " + procedureCode
                    + " không có phiên bản có hiệu lực vào ngày " + Labels.date(receiptDay) + ".");
        }
        ProcedureVersion version = found.get();
        String agencyCode = version.agency() == null ? null : version.agency().code();
        if (receivingAgency != null && !receivingAgency.equals(agencyCode)) {
            return new IntakeOutcome.NotReceived(version, RefusalReason.WRONG_AGENCY, "Thủ tục \"" + version.name()
                    + "\" không thuộc thẩm quyền tiếp nhận của cơ quan " + receivingAgency + "; cơ quan thực hiện: "
                    + (version.agency() == null ? "không xác định" : version.agency().name()) + ".");
        }
        if (version.channels() == null || !version.channels().contains(channel)) {
            return new IntakeOutcome.NotReceived(version, RefusalReason.CHANNEL_NOT_OFFERED, "Thủ tục \""
                    + version.name() + "\" không được tiếp nhận qua hình thức " + Labels.channel(channel) + ".");
        }
        if (version.applicantTypes() != null && !version.applicantTypes().isEmpty()
                && !version.applicantTypes().contains(applicantType)) {
            return new IntakeOutcome.NotReceived(version, RefusalReason.APPLICANT_TYPE_NOT_ELIGIBLE, "Thủ tục \""
                    + version.name() + "\" không áp dụng cho đối tượng " + Labels.applicantType(applicantType) + ".");
        }
        List<CodeName> missing = missing(version, provided);
        return missing.isEmpty() ? new IntakeOutcome.Received(version)
                : new IntakeOutcome.SupplementRequested(version, missing);
    }

    private static List<DossierComponent> components(ProcedureVersion version) {
        return version.components() == null ? List.of() : version.components();
    }
}
