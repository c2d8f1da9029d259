package org.motcua.intake.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.motcua.contracts.catalog.ProcedureVersion;

/**
 * The replica of the catalogue's procedures. Every version ever published is kept; those no longer in the
 * catalogue's timeline are marked withdrawn: not used for new dossiers, still readable for old ones.
 *
 * <p>Receipts check against the timelines read here and held in memory ({@code service.ProcedureTimelines});
 * the historical import reads them here once an import. Parsing is not redone for every read: the versions
 * parsed are kept by their stored JSON text, which is what is compared, so a changed version is parsed again and
 * a stale one is never used (session 32: the parse was 6 % of intake's CPU a dossier). The versions are shared
 * between requests and must not be modified.
 */
@ApplicationScoped
public class ProcedureReplica {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /**
     * Parsed versions by their stored JSON; emptied when it reaches {@link #PARSED_LIMIT} entries. A version's text
     * is 1.5-2 KB (3-4 KB in memory, Vietnamese text being UTF-16), its parsed form as much again: at most ~4 MiB of
     * heap, for the versions most received; a province's whole catalogue (~2,000 procedures) would not fit, nor need to.
     */
    private final ConcurrentHashMap<String, ProcedureVersion> parsed = new ConcurrentHashMap<>();
    static final int PARSED_LIMIT = 500;

    /** Replaces the timeline of {@code procedureCode} with {@code versions} (empty: withdrawn from the catalogue). */
    public void replaceTimeline(String procedureCode, List<ProcedureVersion> versions) {
        em.createNativeQuery("UPDATE procedure_version SET withdrawn = TRUE WHERE procedure_code = :code")
                .setParameter("code", procedureCode).executeUpdate();
        for (ProcedureVersion v : versions) {
            em.createNativeQuery("""
                    INSERT INTO procedure_version (procedure_code, version, effective_from, effective_to, withdrawn, payload)
                    VALUES (:code, :version, :from, :to, FALSE, CAST(:payload AS jsonb))
                    ON CONFLICT (procedure_code, version) DO UPDATE SET effective_from = EXCLUDED.effective_from,
                        effective_to = EXCLUDED.effective_to, withdrawn = FALSE, payload = EXCLUDED.payload""")
                    .setParameter("code", procedureCode).setParameter("version", v.version())
                    .setParameter("from", v.effectiveFrom()).setParameter("to", v.effectiveTo())
                    .setParameter("payload", write(v)).executeUpdate();
        }
    }

    /** The published timeline of a procedure (empty when unknown or withdrawn). */
    public List<ProcedureVersion> timeline(String procedureCode) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                SELECT CAST(payload AS text) FROM procedure_version
                WHERE procedure_code = :code AND NOT withdrawn ORDER BY version""")
                .setParameter("code", procedureCode).getResultList();
        List<ProcedureVersion> versions = new ArrayList<>(rows.size());
        for (Object row : rows) {
            versions.add(read((String) row));
        }
        return versions;
    }

    /** One version, withdrawn or not: the one a dossier was received under. */
    public Optional<ProcedureVersion> version(String procedureCode, int version) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                SELECT CAST(payload AS text) FROM procedure_version WHERE procedure_code = :code AND version = :version""")
                .setParameter("code", procedureCode).setParameter("version", version).getResultList();
        return rows.stream().findFirst().map(r -> read((String) r));
    }

    private String write(ProcedureVersion v) {
        try {
            return mapper.writeValueAsString(v);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serialise procedure version", e);
        }
    }

    private ProcedureVersion read(String json) {
        ProcedureVersion known = parsed.get(json);
        if (known != null) {
            return known;
        }
        ProcedureVersion version = parse(json);
        if (parsed.size() >= PARSED_LIMIT) {
            parsed.clear(); // versions superseded over the years: a rare, cheap reset rather than an eviction policy
        }
        parsed.put(json, version);
        return version;
    }

    private ProcedureVersion parse(String json) {
        try {
            return mapper.readValue(json, ProcedureVersion.class);
        } catch (Exception e) {
            throw new IllegalStateException("Corrupt procedure version in the replica", e);
        }
    }
}
