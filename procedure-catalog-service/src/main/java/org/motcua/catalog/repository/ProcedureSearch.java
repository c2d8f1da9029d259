package org.motcua.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.motcua.catalog.ProcedureVersionEntity;

/**
 * Tra cứu thủ tục: each procedure is listed once, by its current version (the one in force on the given day,
 * or, when none is, its latest one); every query word must occur in the normalised code and name (trigram
 * index); field and agency filter by code.
 */
@ApplicationScoped
public class ProcedureSearch {

    /** A page of current versions and the number of procedures that match. */
    public record Page(List<ProcedureVersionEntity> items, long total) {
    }

    private static final String CURRENT = """
            v.status <> 'DRAFT'
            AND ((v.effective_from <= :today AND (v.effective_to IS NULL OR v.effective_to > :today))
              OR (NOT EXISTS (SELECT 1 FROM procedure_version w WHERE w.procedure_code = v.procedure_code
                      AND w.status <> 'DRAFT' AND w.effective_from <= :today
                      AND (w.effective_to IS NULL OR w.effective_to > :today))
                  AND NOT EXISTS (SELECT 1 FROM procedure_version w WHERE w.procedure_code = v.procedure_code
                      AND w.status <> 'DRAFT' AND w.effective_from > v.effective_from)))""";

    @Inject
    EntityManager em;

    public Page search(List<String> terms, String field, String agency, LocalDate today, int page, int size) {
        StringBuilder where = new StringBuilder(CURRENT);
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND v.search_text LIKE :t").append(i).append(" ESCAPE '\\'");
        }
        if (field != null) {
            where.append(" AND v.field_code = :field");
        }
        if (agency != null) {
            where.append(" AND v.agency_code = :agency");
        }
        Query select = em.createNativeQuery("SELECT v.* FROM procedure_version v WHERE " + where
                + " ORDER BY v.search_text, v.procedure_code LIMIT :size OFFSET :offset", ProcedureVersionEntity.class);
        Query count = em.createNativeQuery("SELECT count(*) FROM procedure_version v WHERE " + where);
        for (Query q : List.of(select, count)) {
            q.setParameter("today", today);
            for (int i = 0; i < terms.size(); i++) {
                q.setParameter("t" + i, "%" + escapeLike(terms.get(i)) + "%");
            }
            if (field != null) {
                q.setParameter("field", field);
            }
            if (agency != null) {
                q.setParameter("agency", agency);
            }
        }
        select.setParameter("size", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<ProcedureVersionEntity> items = new ArrayList<>(select.getResultList());
        if (items.size() < size && (page == 0 || !items.isEmpty())) {
            return new Page(items, (long) page * size + items.size()); // the last page: no need to count
        }
        return new Page(items, ((Number) count.getSingleResult()).longValue());
    }

    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
