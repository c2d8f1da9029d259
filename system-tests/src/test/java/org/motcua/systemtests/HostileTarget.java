package org.motcua.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A write endpoint and a valid request for it, which the generator breaks. {@code path} has placeholders
 * ({@code {code}}) whose valid values are {@code pathValues}; {@code body} is null for an endpoint that takes
 * none. {@code nullBodyAccepted}: a JSON null or empty body is a valid request (nothing to break there).
 * {@code pathOnly}: the endpoint reads nothing but its path (publish), so every request breaks the path.
 * {@code contentTypes}: the media types the endpoint reads.
 */
record HostileTarget(String name, String service, String method, String path, Map<String, String> pathValues,
        String role, JsonNode body, List<HostileField> fields, boolean nullBodyAccepted, boolean pathOnly,
        Set<String> contentTypes) {

    static final Set<String> JSON = Set.of("application/json");

    String validPath() {
        String resolved = path;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
        }
        return resolved;
    }

    boolean takesBody() {
        return body != null && !pathOnly;
    }
}
