package org.motcua.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency-Key records. Claiming inserts the key in the caller's transaction: a concurrent request with
 * the same key waits on the unique index until the first commits (then reads its answer) or rolls back
 * (then claims the key itself).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The answer given to the first request with a key. */
    public record Stored(String requestHash, Integer status, String body) {
    }

    @Inject
    EntityManager em;

    /** True when this transaction now owns the key. */
    public boolean claim(String clientId, String key, String requestHash) {
        return em.createNativeQuery("""
                INSERT INTO idempotency_key (client_id, key, request_hash) VALUES (:client, :key, :hash)
                ON CONFLICT DO NOTHING""")
                .setParameter("client", clientId).setParameter("key", key).setParameter("hash", requestHash)
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

    public void complete(String clientId, String key, int status, String body, String dossierCode) {
        em.createNativeQuery("""
                UPDATE idempotency_key SET response_code = :status, response_body = :body, dossier_code = :code
                WHERE client_id = :client AND key = :key""")
                .setParameter("status", status).setParameter("body", body).setParameter("code", dossierCode)
                .setParameter("client", clientId).setParameter("key", key).executeUpdate();
    }
}
