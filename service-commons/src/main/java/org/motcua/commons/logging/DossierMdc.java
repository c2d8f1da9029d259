package org.motcua.commons.logging;

import org.jboss.logging.MDC;

/**
 * The dossier a log line is about, as the MDC key {@code dossierCode} (a field of the JSON logs). Set where a
 * dossier is handled, cleared when that work ends:
 * <pre>try (DossierMdc.Scope ignored = DossierMdc.put(code)) { ... }</pre>
 */
public final class DossierMdc {

    public static final String KEY = "dossierCode";

    private DossierMdc() {
    }

    /** Puts {@code code} (nothing when null); closing the scope restores what was there before. */
    public static Scope put(String code) {
        Object previous = MDC.get(KEY);
        if (code != null) {
            MDC.put(KEY, code);
        }
        return () -> {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        };
    }

    /** Removes the dossier code (end of a request). */
    public static void clear() {
        MDC.remove(KEY);
    }

    /** The end of the work on a dossier; never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
