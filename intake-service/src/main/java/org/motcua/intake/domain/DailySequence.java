package org.motcua.intake.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * An agency's numbering of one receipt day (the {@code NNNN} of {@link DossierCode}): one counter row, locked
 * from the number it gives until the dossier's transaction commits, so that the day's numbers have no gaps.
 *
 * <p>Ordered by agency, then day: a transaction that takes numbers of several sequences locks their rows in this
 * order, the same in every transaction and every instance, so that two never wait for each other's rows.
 */
public record DailySequence(String agency, LocalDate day) implements Comparable<DailySequence> {

    private static final Comparator<DailySequence> LOCK_ORDER =
            Comparator.comparing(DailySequence::agency).thenComparing(DailySequence::day);

    public DailySequence {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
    }

    @Override
    public int compareTo(DailySequence other) {
        return LOCK_ORDER.compare(this, other);
    }
}
