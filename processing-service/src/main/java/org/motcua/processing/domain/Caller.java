package org.motcua.processing.domain;

import java.util.Set;

/** Who records a transition: the token's subject, its roles and its {@code unit} claim (may be null). */
public record Caller(String subject, Set<String> roles, String unit) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The system itself, acting on another service's event. */
    public static final String SYSTEM = "system";

    public static Caller system(String role) {
        return new Caller(SYSTEM, Set.of(role), null);
    }
}
