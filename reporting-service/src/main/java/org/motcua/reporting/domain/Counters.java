package org.motcua.reporting.domain;

/**
 * The additive counters of one (day, dimensions) cell of the pre-aggregated read model.
 * {@code multiSupplement}: resolved early or on time but after more than one supplement request
 * (late for Decision 766). {@code recordedLate}: events that happened that day but were entered on a
 * later day.
 */
public record Counters(long received, long digitised, long resolvedEarly, long resolvedOnTime, long resolvedLate,
        long multiSupplement, long recordedLate) {

    public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, 0);

    public Counters plus(Counters o) {
        return new Counters(received + o.received, digitised + o.digitised, resolvedEarly + o.resolvedEarly,
                resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate,
                multiSupplement + o.multiSupplement, recordedLate + o.recordedLate);
    }

    public Counters negate() {
        return new Counters(-received, -digitised, -resolvedEarly, -resolvedOnTime, -resolvedLate, -multiSupplement,
                -recordedLate);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }
}
