package org.motcua.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.motcua.intake.Dossier;

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
     * The next number of the agency's day. The counter row stays locked until the caller's transaction ends,
     * so concurrent receipts of one agency and day take 1, 2, 3... in turn, and a rollback gives its number back.
     */
    public int nextSequence(String agencyCode, LocalDate day) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO dossier_sequence (agency_code, receipt_day, last_value) VALUES (:agency, :day, 1)
                ON CONFLICT (agency_code, receipt_day) DO UPDATE SET last_value = dossier_sequence.last_value + 1
                RETURNING last_value""")
                .setParameter("agency", agencyCode).setParameter("day", day).getSingleResult()).intValue();
    }

    /** After an import of original codes: the day's sequence continues after the highest imported number. */
    public void raiseSequence(String agencyCode, LocalDate day, int atLeast) {
        em.createNativeQuery("""
                INSERT INTO dossier_sequence (agency_code, receipt_day, last_value) VALUES (:agency, :day, :n)
                ON CONFLICT (agency_code, receipt_day)
                DO UPDATE SET last_value = GREATEST(dossier_sequence.last_value, EXCLUDED.last_value)""")
                .setParameter("agency", agencyCode).setParameter("day", day).setParameter("n", atLeast).executeUpdate();
    }

    /** Which of {@code codes} are already recorded. */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<String> found = em.createQuery("SELECT d.code FROM Dossier d WHERE d.code IN :codes", String.class)
                .setParameter("codes", codes).getResultList();
        return new HashSet<>(found);
    }
}
