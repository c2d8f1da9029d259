package org.motcua.processing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motcua.contracts.processing.CaseState;
import org.motcua.processing.Case;
import org.motcua.processing.CaseStep;
import org.motcua.processing.domain.DeadlineStatus;

/** Reads: work queues, the tracking slip, the deadline watcher's candidates. */
@ApplicationScoped
public class CaseQueries {

    @Inject
    EntityManager em;

    /** Filters of a work queue; null means "any". */
    public record QueueFilter(String unit, String officer, CaseState state, OffsetDateTime dueBefore,
            OffsetDateTime dueAfter, boolean watchedOnly) {
    }

    public record Page(List<Case> items, long total) {
    }

    public Page queue(QueueFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.unit() != null) {
            where.append(" AND c.unit = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.officer() != null) {
            where.append(" AND c.officer = :officer");
            params.put("officer", filter.officer());
        }
        if (filter.state() != null) {
            where.append(" AND c.state = :state");
            params.put("state", filter.state());
        }
        if (filter.dueBefore() != null) {
            where.append(" AND c.dueAt < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            where.append(" AND c.dueAt >= :dueAfter");
            params.put("dueAfter", filter.dueAfter());
        }
        if (filter.watchedOnly()) {
            where.append(" AND c.state IN :watched");
            params.put("watched", new ArrayList<>(DeadlineStatus.WATCHED));
        }
        TypedQuery<Case> items = em.createQuery("SELECT c FROM ProcessingCase c" + where
                + " ORDER BY c.dueAt, c.dossierCode", Case.class);
        TypedQuery<Long> count = em.createQuery("SELECT count(c) FROM ProcessingCase c" + where, Long.class);
        params.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Case> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(found, count.getSingleResult());
    }

    public List<CaseStep> steps(String dossierCode) {
        return em.createQuery("SELECT s FROM CaseStep s WHERE s.dossierCode = :code ORDER BY s.seq", CaseStep.class)
                .setParameter("code", dossierCode).getResultList();
    }

    /**
     * Codes of watched cases due before {@code horizon} still needing an alert for their current due instant:
     * no OVERDUE alert yet, and no DUE_SOON alert unless they are overdue now. Keyset-paged by code.
     */
    @SuppressWarnings("unchecked")
    public List<String> watchedDueBefore(OffsetDateTime horizon, OffsetDateTime now, String after, int limit) {
        return em.createNativeQuery("""
                SELECT c.dossier_code FROM processing_case c
                WHERE c.state IN ('RECEIVED', 'IN_PROGRESS', 'PAYMENT_REQUESTED', 'APPROVED')
                  AND c.due_at < :horizon AND c.dossier_code > :after
                  AND NOT EXISTS (SELECT 1 FROM deadline_alert_sent a WHERE a.dossier_code = c.dossier_code
                                  AND a.due_at = c.due_at AND a.kind = 'OVERDUE')
                  AND (c.due_at < :now OR NOT EXISTS (SELECT 1 FROM deadline_alert_sent a
                                  WHERE a.dossier_code = c.dossier_code AND a.due_at = c.due_at
                                  AND a.kind = 'DUE_SOON'))
                ORDER BY c.dossier_code LIMIT :limit""")
                .setParameter("horizon", horizon).setParameter("now", now).setParameter("after", after)
                .setParameter("limit", limit).getResultList();
    }
}
