package org.motcua.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.motcua.catalog.ProcedureVersionEntity;
import org.motcua.catalog.domain.SearchText;
import org.motcua.contracts.Json;
import org.motcua.contracts.catalog.ProcedureVersion;

/**
 * Between a stored version row and the contract's {@link ProcedureVersion}: the JSON content, the
 * normalised search text and the content hash that tells an identical re-import from a different one.
 */
@ApplicationScoped
public class VersionCodec {

    private final ObjectMapper mapper = Json.newMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Fills the row's content columns from {@code version} (number and period are the row's own columns). */
    public void write(ProcedureVersionEntity row, ProcedureVersion version) {
        row.name = version.name();
        row.fieldCode = version.field().code();
        row.agencyCode = version.agency().code();
        row.searchText = SearchText.normalise(version.procedureCode() + " " + version.name());
        row.effectiveFrom = version.effectiveFrom();
        row.effectiveTo = version.effectiveTo();
        row.content = json(version);
        row.contentHash = hash(version);
    }

    /** The row as the contract's version, with the row's number and period. */
    public ProcedureVersion read(ProcedureVersionEntity row) {
        ProcedureVersion v;
        try {
            v = mapper.readValue(row.content, ProcedureVersion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored version " + row.procedureCode + "/" + row.version + " is unreadable", e);
        }
        return new ProcedureVersion(row.procedureCode, row.version, v.name(), v.field(), v.agency(), v.applicantTypes(),
                v.channels(), v.onlineLevel(), v.components(), v.processingTime(), v.processingTimeByChannel(), v.fees(),
                v.result(), v.legalBasis(), v.conditions(), row.effectiveFrom, row.effectiveTo);
    }

    public StoredVersion stored(ProcedureVersionEntity row) {
        return new StoredVersion(read(row), row.status);
    }

    /**
     * The fingerprint of what a version says, ignoring its number and its end (which a successor sets): two
     * imports of the same version have the same hash.
     */
    public String hash(ProcedureVersion v) {
        ProcedureVersion identity = new ProcedureVersion(v.procedureCode(), 0, v.name(), v.field(), v.agency(),
                v.applicantTypes(), v.channels(), v.onlineLevel(), v.components(), v.processingTime(),
                v.processingTimeByChannel(), v.fees(), v.result(), v.legalBasis(), v.conditions(), v.effectiveFrom(), null);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(identity).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(ProcedureVersion version) {
        try {
            return mapper.writeValueAsString(version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version cannot be serialised", e);
        }
    }
}
