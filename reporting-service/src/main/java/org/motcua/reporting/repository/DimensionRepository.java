package org.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of agencies, fields and procedures (kind AGENCY, FIELD, PROCEDURE): the name published with the latest
 * receipt wins, so processing order does not matter (live and rebuild agree).
 */
@ApplicationScoped
public class DimensionRepository {

    @Inject
    EntityManager em;

    /** Keeps {@code name} unless a name published with a later {@code asOf} is already known. */
    public void remember(String kind, String code, String name, OffsetDateTime asOf) {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO dimension_name AS d (kind, code, name, as_of) VALUES (:kind, :code, :name, :asOf)
                ON CONFLICT (kind, code) DO UPDATE SET name = EXCLUDED.name, as_of = EXCLUDED.as_of
                WHERE (EXCLUDED.as_of, EXCLUDED.name) > (d.as_of, d.name)""")
                .setParameter("kind", kind).setParameter("code", code).setParameter("name", name)
                .setParameter("asOf", asOf).executeUpdate();
    }

    /** code → name of one kind. */
    @SuppressWarnings("unchecked")
    public Map<String, String> names(String kind) {
        Map<String, String> names = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT code, name FROM dimension_name WHERE kind = :kind")
                .setParameter("kind", kind).getResultList();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }
}
