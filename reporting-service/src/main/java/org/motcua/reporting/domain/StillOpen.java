package org.motcua.reporting.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The dossiers in progress now, pre-aggregated into {@link OpenCell}s. "In progress at the end of day D" is
 * received on or before D and not ended on or before D; of those ended since D the read model keeps each
 * dossier's open range, of those not ended at all only these cells, which a report sums instead of visiting
 * every open dossier. A dossier is in its cell from its receipt until it is resolved, withdrawn or stopped; when
 * an event changes it, the read model applies {@link #delta} of the before and after.
 */
public final class StillOpen {
    private StillOpen() {
    }

    /** The dossier's cell while it is received and not ended; null otherwise. */
    public static OpenCell cellOf(DossierFacts facts) {
        if (!facts.isReceived() || facts.openUntil() != null) {
            return null;
        }
        Dims dims = facts.dims();
        return new OpenCell(facts.receivedOn(), dims.agencyCode(), dims.fieldCode(), dims.procedureCode(),
                facts.dueDate(), facts.multipleSupplementRequests());
    }

    /** How many dossiers each cell gains (positive) or loses (negative) from before to after; empty if none. */
    public static Map<OpenCell, Long> delta(OpenCell before, OpenCell after) {
        Map<OpenCell, Long> delta = new HashMap<>();
        if (before != null && before.equals(after)) {
            return delta;
        }
        if (before != null) {
            delta.put(before, -1L);
        }
        if (after != null) {
            delta.put(after, 1L);
        }
        return delta;
    }
}
