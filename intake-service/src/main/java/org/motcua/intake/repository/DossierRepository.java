package org.motcua.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.DailySequence;

/** Dossiers and their daily sequence. */
@ApplicationScoped
public class DossierRepository {

    @Inject
    EntityManager em;

    public Optional<Dossier> find(String code) {
        return Optional.ofNullable(em.find(Dossier.class, code));
    }

    public void persist(Dossier dossier) {
        em.persist(dossier);
    }

    /**
     * Writes the pending dossiers now (in JDBC batches) and detaches them, so that the statements that follow
     * in the transaction do not dirty-check hundreds of entities each time.
     */
    public void flushAndDetach() {
        em.flush();
        em.clear();
    }

    /**
     * Takes each sequence's next {@code count} numbers at once, in one statement, and returns each one's last
     * number (its first is that minus its count plus one). The counter rows are locked in the map's order (agency,
     * then day: {@link DailySequence}) and stay locked until the caller's transaction ends, so concurrent receipts
     * of one agency and day take 1, 2, 3... in turn, two batches never wait for each other's rows, and a rollback
     * gives the numbers back.
     */
    public Map<DailySequence, Integer> advanceSequences(SortedMap<DailySequence, Integer> counts) {
        StringBuilder sql = new StringBuilder("INSERT INTO dossier_sequence (agency_code, receipt_day, last_value) VALUES ");
        for (int i = 0; i < counts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:a").append(i).append(", :d").append(i).append(", :n").append(i).append(')');
        }
        sql.append("""
                 ON CONFLICT (agency_code, receipt_day) DO UPDATE SET last_value = dossier_sequence.last_value + EXCLUDED.last_value
                RETURNING agency_code, receipt_day, last_value""");
        NativeQuery<?> query = em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class)
                .addScalar("agency_code", StandardBasicTypes.STRING).addScalar("receipt_day", StandardBasicTypes.LOCAL_DATE)
                .addScalar("last_value", StandardBasicTypes.INTEGER);
        int i = 0;
        for (Map.Entry<DailySequence, Integer> c : counts.entrySet()) {
            query.setParameter("a" + i, c.getKey().agency()).setParameter("d" + i, c.getKey().day())
                    .setParameter("n" + i, c.getValue());
            i++;
        }
        Map<DailySequence, Integer> last = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            last.put(new DailySequence((String) r[0], (LocalDate) r[1]), (Integer) r[2]);
        }
        return last;
    }

    /** After an import of original codes: the day's sequence continues after the highest imported number. */
    public void raiseSequence(DailySequence sequence, int atLeast) {
        em.createNativeQuery("""
                INSERT INTO dossier_sequence (agency_code, receipt_day, last_value) VALUES (:agency, :day, :n)
                ON CONFLICT (agency_code, receipt_day)
                DO UPDATE SET last_value = GREATEST(dossier_sequence.last_value, EXCLUDED.last_value)""")
                .setParameter("agency", sequence.agency()).setParameter("day", sequence.day()).setParameter("n", atLeast)
                .executeUpdate();
    }

    /**
     * Applies one change learnt from processing in a single UPDATE, without loading the dossier: the status
     * (with {@code missingJson} when not null) only if it happened no earlier than the last status applied; the
     * due date (none while the clock is paused) only if the change carries one and it happened no earlier than
     * the last due date applied: the rule of {@link org.motcua.intake.domain.NewerOnly}, in SQL. The row version
     * moves, so that an officer's concurrent change of the same dossier fails its optimistic check instead of
     * overwriting this one.
     *
     * @return false when no dossier has this code (a case this intake did not receive)
     */
    public boolean applyProcessingChange(ProcessingChange c) {
        StringBuilder sql = new StringBuilder("UPDATE dossier SET row_version = row_version + 1");
        if (c.status() != null) {
            sql.append(", in_processing = TRUE");
            String newer = newerThan("status_changed_at");
            setIf(sql, newer, "status", ":status");
            setIf(sql, newer, "national_status_code", ":nationalCode");
            if (c.missingJson() != null) {
                setIf(sql, newer, "processing_missing", "CAST(:missing AS jsonb)");
            }
            setIf(sql, newer, "status_changed_at", ":at");
        }
        if (c.dueChanged()) {
            String newer = newerThan("due_changed_at");
            setIf(sql, newer, "due_date", ":dueDate");
            setIf(sql, newer, "due_at", ":dueAt");
            setIf(sql, newer, "due_changed_at", ":at");
        }
        NativeQuery<?> query = em.createNativeQuery(sql.append(" WHERE code = :code").toString())
                .unwrap(NativeQuery.class)
                .setParameter("code", c.dossierCode())
                .setParameter("at", c.occurredAt(), StandardBasicTypes.OFFSET_DATE_TIME);
        if (c.status() != null) {
            query.setParameter("status", c.status().name()).setParameter("nationalCode", c.nationalStatusCode());
            if (c.missingJson() != null) {
                query.setParameter("missing", c.missingJson());
            }
        }
        if (c.dueChanged()) {
            query.setParameter("dueDate", c.dueDate(), StandardBasicTypes.LOCAL_DATE)
                    .setParameter("dueAt", c.dueAt(), StandardBasicTypes.OFFSET_DATE_TIME);
        }
        return query.executeUpdate() > 0;
    }

    private static String newerThan(String lastAppliedColumn) {
        return "CAST(:at AS timestamptz) IS NOT NULL AND (" + lastAppliedColumn + " IS NULL OR "
                + lastAppliedColumn + " <= :at)";
    }

    private static void setIf(StringBuilder sql, String condition, String column, String value) {
        sql.append(", ").append(column).append(" = CASE WHEN ").append(condition).append(" THEN ").append(value)
                .append(" ELSE ").append(column).append(" END");
    }

    /**
     * Which of {@code codes} are already recorded. Native SQL, as every other statement of this service: this one
     * was JPQL until session 22, and the historical import's first call loaded Hibernate's HQL parser for it (ANTLR
     * and the HQL grammar, about 620 classes) and had it compiled at once, the spike of intake's peak memory. One
     * statement whatever the number of codes: they travel as one comma-separated text (a dossier code has no comma).
     */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        if (codes.stream().anyMatch(c -> c.indexOf(',') >= 0)) {
            throw new IllegalArgumentException("A dossier code never holds a comma");
        }
        List<?> found = em.createNativeQuery("SELECT code FROM dossier WHERE code = ANY (string_to_array(:codes, ','))")
                .setParameter("codes", String.join(",", codes)).getResultList();
        Set<String> existing = new HashSet<>();
        found.forEach(code -> existing.add((String) code));
        return existing;
    }
}
