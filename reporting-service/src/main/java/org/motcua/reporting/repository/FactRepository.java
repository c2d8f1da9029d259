package org.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.motcua.reporting.domain.CloseKind;
import org.motcua.reporting.domain.Dims;
import org.motcua.reporting.domain.DossierFacts;
import org.motcua.reporting.domain.ResolutionKind;

/** The per-dossier fact rows: loaded locked for update, saved back. */
@ApplicationScoped
public class FactRepository {

    @Inject
    EntityManager em;

    /** The dossier's facts, creating an empty row if it is the first event seen; the row stays locked. */
    public DossierFacts lock(String dossierCode) {
        em.createNativeQuery("INSERT INTO dossier_fact (dossier_code) VALUES (:c) ON CONFLICT DO NOTHING")
                .setParameter("c", dossierCode).executeUpdate();
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT agency_code, field_code, procedure_code, channel, digitised, received_at, due_date,
                       resolved_at, resolution_kind, resolution_due_date, closed_at, close_kind, supplement_requests,
                       array_to_string(late_recorded_dates, ',')
                FROM dossier_fact WHERE dossier_code = :c FOR UPDATE""")
                .setParameter("c", dossierCode).getSingleResult();
        Dims dims = r[0] == null && r[3] == null ? null
                : new Dims((String) r[0], (String) r[1], (String) r[2], (String) r[3]);
        String late = (String) r[13];
        List<LocalDate> lateDates = late == null || late.isEmpty() ? List.of()
                : Arrays.stream(late.split(",")).map(LocalDate::parse).toList();
        return new DossierFacts(dossierCode, dims, Boolean.TRUE.equals(r[4]), Sql.instant(r[5]), Sql.date(r[6]),
                Sql.instant(r[7]), r[8] == null ? null : ResolutionKind.valueOf((String) r[8]), Sql.date(r[9]),
                Sql.instant(r[10]), r[11] == null ? null : CloseKind.valueOf((String) r[11]), (int) Sql.number(r[12]),
                lateDates);
    }

    /**
     * Writes the facts back. Every parameter is bound with its SQL type, null or not: a null bound without one goes
     * to PostgreSQL untyped, and the JDBC driver prepares the statement again whenever a parameter's type differs
     * from the last execution's, so the facts' nulls, which change from event to event, made the server parse and
     * plan this statement for most events (98 server-side statements for 250 executions on one connection,
     * `log_statement=all` during a lifecycle run, session 16).
     */
    public void save(DossierFacts f) {
        Dims dims = f.dims();
        em.createNativeQuery("""
                UPDATE dossier_fact SET agency_code = :agency, field_code = :field, procedure_code = :procedure,
                    channel = :channel, digitised = :digitised, received_at = :receivedAt, received_date = :receivedDate,
                    due_date = :dueDate, resolved_at = :resolvedAt, resolution_kind = :resolutionKind,
                    resolution_due_date = :resolutionDueDate, closed_at = :closedAt, close_kind = :closeKind,
                    supplement_requests = :supplements,
                    late_recorded_dates = CAST(string_to_array(:late, ',') AS date[]),
                    open_until = :openUntil, updated_at = now()
                WHERE dossier_code = :code""")
                .unwrap(NativeQuery.class)
                .setParameter("agency", dims == null ? null : dims.agencyCode(), StandardBasicTypes.STRING)
                .setParameter("field", dims == null ? null : dims.fieldCode(), StandardBasicTypes.STRING)
                .setParameter("procedure", dims == null ? null : dims.procedureCode(), StandardBasicTypes.STRING)
                .setParameter("channel", dims == null ? null : dims.channel(), StandardBasicTypes.STRING)
                .setParameter("digitised", f.digitised(), StandardBasicTypes.BOOLEAN)
                .setParameter("receivedAt", f.receivedAt(), StandardBasicTypes.OFFSET_DATE_TIME)
                .setParameter("receivedDate", f.receivedOn(), StandardBasicTypes.LOCAL_DATE)
                .setParameter("dueDate", f.dueDate(), StandardBasicTypes.LOCAL_DATE)
                .setParameter("resolvedAt", f.resolvedAt(), StandardBasicTypes.OFFSET_DATE_TIME)
                .setParameter("resolutionKind", f.resolutionKind() == null ? null : f.resolutionKind().name(),
                        StandardBasicTypes.STRING)
                .setParameter("resolutionDueDate", f.resolutionDueDate(), StandardBasicTypes.LOCAL_DATE)
                .setParameter("closedAt", f.closedAt(), StandardBasicTypes.OFFSET_DATE_TIME)
                .setParameter("closeKind", f.closeKind() == null ? null : f.closeKind().name(), StandardBasicTypes.STRING)
                .setParameter("supplements", f.supplementRequests(), StandardBasicTypes.INTEGER)
                .setParameter("late", f.lateRecordedDates().stream().map(LocalDate::toString)
                        .collect(Collectors.joining(",")), StandardBasicTypes.STRING)
                .setParameter("openUntil", f.isReceived() ? f.openUntil() : null, StandardBasicTypes.LOCAL_DATE)
                .setParameter("code", f.dossierCode(), StandardBasicTypes.STRING)
                .executeUpdate();
    }
}
