package org.motcua.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.Channel;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;

/**
 * The 2020 year of the reference case (a provincial Department of Education and Training, report for
 * 01/01/2020 to 21/12/2020) as a deterministic plan: 557 dossiers received, 508 resolved before their
 * appointment date, 1 resolved on its appointment date (and, in the original system, entered late), and
 * 48 still in progress within their deadline on 21/12/2020.
 */
public final class ReferenceYearPlan {

    public static final LocalDate PERIOD_FROM = LocalDate.of(2020, 1, 1);
    public static final LocalDate PERIOD_TO = LocalDate.of(2020, 12, 21);
    public static final int RESOLVED_EARLY = 508;
    public static final int RESOLVED_ON_TIME = 1;
    public static final int IN_PROGRESS = 48;
    public static final int RECEIVED = RESOLVED_EARLY + RESOLVED_ON_TIME + IN_PROGRESS;

    /** What happens to one dossier. */
    public enum Fate { RESOLVED_EARLY, RESOLVED_ON_TIME, IN_PROGRESS }

    /**
     * One dossier of the plan: its import line and, when resolved, the day of its result.
     * {@code returnEnteredAt}: when the legacy system recorded the return of the result, when it was
     * entered late (the reference case's one dossier returned on time but entered the next morning).
     */
    public record PlannedDossier(String code, String procedureCode, Channel channel, OffsetDateTime receivedAt,
            List<String> componentCodes, boolean business, DueDate due, Fate fate, LocalDate resolvedOn,
            OffsetDateTime returnEnteredAt) {
    }

    /** A published procedure version of the catalogue, as far as the plan needs it. */
    record Version(String procedureCode, LocalDate from, LocalDate to, ProcessingDuration committed,
            List<String> mandatoryComponents, boolean businessOnly) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    private final WorkingCalendar calendar;
    private final List<Version> versions;
    private final String agencyCode;

    ReferenceYearPlan(WorkingCalendar calendar, List<Version> versions, String agencyCode) {
        this.calendar = calendar;
        this.versions = versions;
        this.agencyCode = agencyCode;
    }

    /** Reads the published versions from the catalogue's export document. */
    public static ReferenceYearPlan fromCatalogue(WorkingCalendar calendar, JsonNode export, String agencyCode) {
        List<Version> versions = new ArrayList<>();
        for (JsonNode procedure : export.path("procedures")) {
            for (JsonNode v : procedure.path("versions")) {
                if (!agencyCode.equals(v.path("agency").path("code").asText())
                        || "DRAFT".equals(v.path("status").asText())) {
                    continue;
                }
                List<String> mandatory = new ArrayList<>();
                v.path("components").forEach(c -> {
                    if (c.path("mandatory").asBoolean()) {
                        mandatory.add(c.path("code").asText());
                    }
                });
                JsonNode committed = v.path("processingTime").path("committed");
                JsonNode types = v.path("applicantTypes");
                boolean businessOnly = types.size() == 1 && "BUSINESS".equals(types.get(0).asText());
                versions.add(new Version(procedure.path("code").asText(), LocalDate.parse(v.path("effectiveFrom").asText()),
                        v.hasNonNull("effectiveTo") ? LocalDate.parse(v.path("effectiveTo").asText()) : null,
                        new ProcessingDuration(committed.path("value").asInt(),
                                DurationUnit.valueOf(committed.path("unit").asText())),
                        mandatory, businessOnly));
            }
        }
        return new ReferenceYearPlan(calendar, versions, agencyCode);
    }

    /** The 557 dossiers, in receipt order. */
    public List<PlannedDossier> dossiers() {
        List<PlannedDossier> plan = new ArrayList<>();
        Map<LocalDate, Integer> sequence = new HashMap<>();
        // Resolved ones are received from January to October, so that all are resolved by 21/12.
        List<LocalDate> resolvedDays = workingDays(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 10, 30));
        int resolved = RESOLVED_EARLY + RESOLVED_ON_TIME;
        for (int i = 0; i < resolved; i++) {
            LocalDate day = resolvedDays.get(i * resolvedDays.size() / resolved);
            Fate fate = i == resolved / 2 ? Fate.RESOLVED_ON_TIME : Fate.RESOLVED_EARLY;
            plan.add(planned(i, day, fate, 3, sequence));
        }
        // In progress on 21/12: received in December for procedures of 15 working days or more.
        List<LocalDate> decemberDays = workingDays(LocalDate.of(2020, 12, 1), PERIOD_TO);
        for (int i = 0; i < IN_PROGRESS; i++) {
            LocalDate day = decemberDays.get(i * decemberDays.size() / IN_PROGRESS);
            plan.add(planned(resolved + i, day, Fate.IN_PROGRESS, 15, sequence));
        }
        return plan;
    }

    private PlannedDossier planned(int index, LocalDate day, Fate fate, int minimumWorkingDays,
            Map<LocalDate, Integer> sequence) {
        List<Version> eligible = versions.stream().filter(v -> v.inForceOn(day))
                .filter(v -> v.committed().unit() == DurationUnit.WORKING_DAYS
                        && v.committed().value() >= minimumWorkingDays)
                .toList();
        if (eligible.isEmpty()) {
            throw new IllegalStateException("No procedure of " + agencyCode + " with at least " + minimumWorkingDays
                    + " working days in force on " + day);
        }
        Version version = eligible.get(index % eligible.size());
        OffsetDateTime receivedAt = day.atTime(LocalTime.of(8, 0).plusMinutes(17L * (index % 20)))
                .atZone(calendar.zone()).toOffsetDateTime();
        DueDate due = calendar.dueDate(receivedAt, version.committed());
        LocalDate resolvedOn = switch (fate) {
            case RESOLVED_EARLY -> calendar.addWorkingDays(calendar.effectiveReceiptDay(receivedAt),
                    version.committed().value() - 2);
            case RESOLVED_ON_TIME -> due.dueDate();
            case IN_PROGRESS -> null;
        };
        int n = sequence.merge(day, 1, Integer::sum);
        String code = String.format("%s-%02d%02d%02d-%04d", agencyCode, day.getYear() % 100, day.getMonthValue(),
                day.getDayOfMonth(), n);
        Channel channel = index % 3 == 0 ? Channel.ONLINE : index % 7 == 0 ? Channel.POSTAL : Channel.DIRECT;
        OffsetDateTime returnEnteredAt = fate == Fate.RESOLVED_ON_TIME
                ? calendar.nextWorkingDay(resolvedOn).atTime(LocalTime.of(8, 30)).atZone(calendar.zone()).toOffsetDateTime()
                : null;
        return new PlannedDossier(code, version.procedureCode(), channel, receivedAt, version.mandatoryComponents(),
                version.businessOnly(), due, fate, resolvedOn, returnEnteredAt);
    }

    private List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
