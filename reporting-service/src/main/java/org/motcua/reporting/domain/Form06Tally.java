package org.motcua.reporting.domain;

/** Accumulates the counts of one form 06 row (or of the total) before the rates are derived. */
public final class Form06Tally {
    long received;
    long receivedOnline;
    long carriedOver;
    long resolvedEarly;
    long resolvedOnTime;
    long resolvedLate;
    long multiSupplement;
    long inProgress;
    long inProgressOverdue;
    long inProgressMultiSupplement;
    long recordedLate;
    long digitised;

    /** Counters of cells (days or months) under one channel. */
    public Form06Tally addCounters(Counters c, boolean online) {
        received += c.received();
        receivedOnline += online ? c.received() : 0;
        digitised += c.digitised();
        resolvedEarly += c.resolvedEarly();
        resolvedOnTime += c.resolvedOnTime();
        resolvedLate += c.resolvedLate();
        multiSupplement += c.multiSupplement();
        recordedLate += c.recordedLate();
        return this;
    }

    public Form06Tally addCarriedOver(long n) {
        carriedOver += n;
        return this;
    }

    /** Dossiers in progress at the end of the period, of which overdue, of which with several supplement requests. */
    public Form06Tally addInProgress(long total, long overdue, long multiSupplementWithinDeadline) {
        inProgress += total;
        inProgressOverdue += overdue;
        inProgressMultiSupplement += multiSupplementWithinDeadline;
        return this;
    }

    public Form06Tally addAll(Form06Tally o) {
        received += o.received;
        receivedOnline += o.receivedOnline;
        carriedOver += o.carriedOver;
        resolvedEarly += o.resolvedEarly;
        resolvedOnTime += o.resolvedOnTime;
        resolvedLate += o.resolvedLate;
        multiSupplement += o.multiSupplement;
        inProgress += o.inProgress;
        inProgressOverdue += o.inProgressOverdue;
        inProgressMultiSupplement += o.inProgressMultiSupplement;
        recordedLate += o.recordedLate;
        digitised += o.digitised;
        return this;
    }

    public Form06Figures figures() {
        long resolved = resolvedEarly + resolvedOnTime + resolvedLate;
        long within = inProgress - inProgressOverdue;
        return new Form06Figures(received, receivedOnline, received - receivedOnline, carriedOver, resolved,
                resolvedEarly, resolvedOnTime, resolvedLate, inProgress, within, inProgressOverdue, recordedLate,
                Rates.ratio(resolvedEarly + resolvedOnTime, resolved),
                Rates.ratio(resolvedEarly + resolvedOnTime + within, resolved + inProgress));
    }

    /** The inputs of the Decision 766 indicators. */
    public Decision766.Inputs indicatorInputs() {
        long resolvedInTime = resolvedEarly + resolvedOnTime - multiSupplement;
        long inProgressInTime = inProgress - inProgressOverdue - inProgressMultiSupplement;
        return new Decision766.Inputs(resolvedEarly + resolvedOnTime + resolvedLate, resolvedInTime, inProgress,
                inProgressInTime, received, receivedOnline, digitised);
    }
}
