package org.motcua.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency-Key records. The key is recorded with its answer as the last write of its dossier, in the
 * transaction that created it, in one statement: a concurrent request with the same key waits on the unique index
 * until the first commits (then it records nothing, its transaction is rolled back, its batch written again a
 * receipt at a time, and it reads the first answer) or rolls back (then its own record goes in).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The answer given to the first request with a key. */
    public record Stored(String requestHash, Integer status, String body) {
    }

    @Inject
    EntityManager em;

    /** True when the key was free and now holds this answer; false when another request has it. */
    public boolean record(String clientId, String key, String requestHash, int status, String body,
            String dossierCode) {
        return em.createNativeQuery("""
                INSERT INTO idempotency_key (client_id, key, request_hash, response_code, response_body, dossier_code)
                VALUES (:client, :key, :hash, :status, :body, :code)
                ON CONFLICT DO NOTHING""")
                .setParameter("client", clientId).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("status", status).setParameter("body", body).setParameter("code", dossierCode)
                .executeUpdate() == 1;
    }

    public Optional<Stored> find(String clientId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, response_code, response_body FROM idempotency_key
                WHERE client_id = :client AND key = :key""")
                .setParameter("client", clientId).setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2]));
    }
}
