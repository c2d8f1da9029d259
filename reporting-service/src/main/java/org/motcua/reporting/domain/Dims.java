package org.motcua.reporting.domain;

import java.util.Objects;

/** The dimensions a dossier is counted under: agency, field (lĩnh vực), procedure and channel. */
public record Dims(String agencyCode, String fieldCode, String procedureCode, String channel) {

    public Dims {
        agencyCode = Objects.requireNonNullElse(agencyCode, "");
        fieldCode = Objects.requireNonNullElse(fieldCode, "");
        procedureCode = Objects.requireNonNullElse(procedureCode, "");
        channel = Objects.requireNonNullElse(channel, "");
    }

    public boolean online() {
        return "ONLINE".equals(channel);
    }
}
