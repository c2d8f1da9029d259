package org.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.motcua.reporting.domain.OpenCell;

/**
 * Adds deltas to the open cells ({@code open_count}, V4 migration): upserts in a stable order (no deadlock with
 * another consumer's transaction), and a cell that falls to zero dossiers is deleted, so that a report reads only
 * cells that hold someone. A cell without due date is stored under {@code 'infinity'}: never before D, never
 * overdue, exactly as the per-dossier query treated a null due date.
 */
@ApplicationScoped
public class OpenCountRepository {

    private static final Comparator<OpenCell> ORDER = Comparator.comparing(OpenCell::receivedOn)
            .thenComparing(OpenCell::agencyCode).thenComparing(OpenCell::fieldCode)
            .thenComparing(OpenCell::procedureCode)
            .thenComparing(OpenCell::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpenCell::multipleSupplementRequests);

    private static final String KEY = "received_date = :received AND agency_code = :agency AND field_code = :field"
            + " AND procedure_code = :procedure AND due_date = COALESCE(:due, DATE 'infinity') AND multi_supplement = :multi";

    @Inject
    EntityManager em;

    public void add(Map<OpenCell, Long> delta) {
        delta.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(e -> {
            bind(em.createNativeQuery("""
                    INSERT INTO open_count AS t (received_date, agency_code, field_code, procedure_code, due_date,
                        multi_supplement, dossiers)
                    VALUES (:received, :agency, :field, :procedure, COALESCE(:due, DATE 'infinity'), :multi, :dossiers)
                    ON CONFLICT (received_date, agency_code, field_code, procedure_code, due_date, multi_supplement)
                    DO UPDATE SET dossiers = t.dossiers + EXCLUDED.dossiers"""), e.getKey())
                    .setParameter("dossiers", e.getValue(), StandardBasicTypes.LONG)
                    .executeUpdate();
            if (e.getValue() < 0) {
                bind(em.createNativeQuery("DELETE FROM open_count WHERE " + KEY + " AND dossiers = 0"), e.getKey())
                        .executeUpdate();
            }
        });
    }

    /** The cell's key, each parameter bound with its type (a null due date too: see FactRepository#save). */
    @SuppressWarnings("rawtypes")
    private static NativeQuery bind(jakarta.persistence.Query query, OpenCell cell) {
        return query.unwrap(NativeQuery.class)
                .setParameter("received", cell.receivedOn(), StandardBasicTypes.LOCAL_DATE)
                .setParameter("agency", cell.agencyCode(), StandardBasicTypes.STRING)
                .setParameter("field", cell.fieldCode(), StandardBasicTypes.STRING)
                .setParameter("procedure", cell.procedureCode(), StandardBasicTypes.STRING)
                .setParameter("due", cell.dueDate(), StandardBasicTypes.LOCAL_DATE)
                .setParameter("multi", cell.multipleSupplementRequests(), StandardBasicTypes.BOOLEAN);
    }
}
