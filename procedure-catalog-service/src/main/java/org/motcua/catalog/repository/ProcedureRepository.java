package org.motcua.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureVersionEntity;
import org.motcua.catalog.domain.VersionStatus;

/** Procedures and their versions. */
@ApplicationScoped
public class ProcedureRepository {

    @Inject
    EntityManager em;

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(em.find(Procedure.class, code));
    }

    /** The procedure, locked until the end of the transaction: changes to one timeline are serialised. */
    public Optional<Procedure> lock(String code) {
        return Optional.ofNullable(em.find(Procedure.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Creates the procedure row unless it exists: two first drafts of a new code at once both succeed. */
    public void insertIfAbsent(String code) {
        em.createNativeQuery("INSERT INTO procedure (code, next_version, created_at, lock_version) "
                + "VALUES (:code, 1, now(), 0) ON CONFLICT (code) DO NOTHING").setParameter("code", code).executeUpdate();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Writes pending changes, so that the following queries and the event see them. */
    public void flush() {
        em.flush();
    }

    /** Every version of the procedure, oldest number first. */
    public List<ProcedureVersionEntity> versions(String code) {
        return em.createQuery("FROM ProcedureVersionEntity WHERE procedureCode = :code ORDER BY version",
                ProcedureVersionEntity.class).setParameter("code", code).getResultList();
    }

    /** The published and retired versions of the procedure, in timeline order. */
    public List<ProcedureVersionEntity> timeline(String code) {
        return em.createQuery("""
                FROM ProcedureVersionEntity WHERE procedureCode = :code AND status <> :draft
                ORDER BY effectiveFrom""", ProcedureVersionEntity.class)
                .setParameter("code", code).setParameter("draft", VersionStatus.DRAFT).getResultList();
    }

    public Optional<ProcedureVersionEntity> version(String code, int version) {
        return em.createQuery("FROM ProcedureVersionEntity WHERE procedureCode = :code AND version = :version",
                ProcedureVersionEntity.class).setParameter("code", code).setParameter("version", version)
                .getResultStream().findFirst();
    }

    /** Codes of the procedures that have a published or retired version, in code order, one page at a time. */
    public List<String> publishedCodes(String afterCode, int limit) {
        return em.createQuery("""
                SELECT DISTINCT procedureCode FROM ProcedureVersionEntity
                WHERE status <> :draft AND procedureCode > :after ORDER BY procedureCode""", String.class)
                .setParameter("draft", VersionStatus.DRAFT).setParameter("after", afterCode)
                .setMaxResults(limit).getResultList();
    }

    /** The timelines of the given procedures, grouped by code in the caller's order. */
    public List<ProcedureVersionEntity> timelines(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                FROM ProcedureVersionEntity WHERE procedureCode IN :codes AND status <> :draft
                ORDER BY procedureCode, effectiveFrom""", ProcedureVersionEntity.class)
                .setParameter("codes", codes).setParameter("draft", VersionStatus.DRAFT).getResultList();
    }
}
