package org.motcua.commons.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 7807 problem document ({@code application/problem+json}). {@code title} is a short English
 * summary; {@code detail} is the Vietnamese sentence an officer or citizen reads; {@code errors} names each
 * offending field and why. {@code extensions} carries extra members (e.g. {@code allowedActions}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        title = ProblemText.safe(title);
        detail = ProblemText.safe(detail);
        instance = ProblemText.safe(instance);
        errors = errors == null ? List.of() : errors.stream()
                .map(e -> new FieldError(ProblemText.safe(e.field()), ProblemText.safe(e.reason()))).toList();
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, null, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    static String typeFor(int status) {
        return "https://motcua.org/problems/" + status;
    }

    /** One offending input: its JSON path or parameter name and the reason in Vietnamese. */
    public record FieldError(String field, String reason) {
    }
}
