package org.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;

/**
 * What the reporting read model knows about one dossier, built from the intake and processing events
 * in whatever order the two topics deliver them (a case transition may come before the dossier's
 * receipt). Every date is the Vietnamese calendar date of the event's {@code occurredAt}.
 *
 * <ul>
 * <li>Resolved: at the first RESULT_READY, or REFUSE (toState REFUSED), or RETURN_RESULT when neither
 * came before. The outcome compares the resolution date with the due date in force at resolution.</li>
 * <li>Withdrawn / stopped: closed at the earliest withdrawal (intake's WithdrawalRequested or the case's
 * WITHDRAW) or STOP. Whichever of resolution and closure happened first (event time) wins; the other is
 * ignored. A closed dossier is neither resolved nor in progress from its closure day on.</li>
 * <li>In progress at the end of day D: received on or before D and neither resolved nor closed on or
 * before D, i.e. D in [receivedOn, openUntil).</li>
 * </ul>
 */
public final class DossierFacts {

    public static final String SECOND_SUPPLEMENT_FLAG = "SECOND_SUPPLEMENT_REQUEST";

    private final String dossierCode;
    private Dims dims;
    private boolean digitised;
    private OffsetDateTime receivedAt;
    private LocalDate dueDate;
    private OffsetDateTime resolvedAt;
    private ResolutionKind resolutionKind;
    private LocalDate resolutionDueDate;
    private OffsetDateTime closedAt;
    private CloseKind closeKind;
    private int supplementRequests;
    private final List<LocalDate> lateRecordedDates;

    public DossierFacts(String dossierCode) {
        this(dossierCode, null, false, null, null, null, null, null, null, null, 0, List.of());
    }

    /** Rebuilds the facts as stored. */
    public DossierFacts(String dossierCode, Dims dims, boolean digitised, OffsetDateTime receivedAt, LocalDate dueDate,
            OffsetDateTime resolvedAt, ResolutionKind resolutionKind, LocalDate resolutionDueDate,
            OffsetDateTime closedAt, CloseKind closeKind, int supplementRequests, List<LocalDate> lateRecordedDates) {
        this.dossierCode = dossierCode;
        this.dims = dims;
        this.digitised = digitised;
        this.receivedAt = receivedAt;
        this.dueDate = dueDate;
        this.resolvedAt = resolvedAt;
        this.resolutionKind = resolutionKind;
        this.resolutionDueDate = resolutionDueDate;
        this.closedAt = closedAt;
        this.closeKind = closeKind;
        this.supplementRequests = supplementRequests;
        this.lateRecordedDates = new ArrayList<>(lateRecordedDates);
    }

    /** DossierReceived: a complete dossier got its code and appointment date. */
    public void received(Dims dossierDims, boolean isDigitised, OffsetDateTime at, LocalDate appointmentDate) {
        this.dims = dossierDims;
        this.digitised = isDigitised;
        this.receivedAt = at;
        if (dueDate == null) {
            // processing's due date (supplement restarts, extensions) wins over the appointment slip's
            dueDate = appointmentDate;
        }
    }

    /** CaseTransitioned: the case moved; {@code dueDateAfter} is its deadline after the transition. */
    public void transitioned(CaseAction action, CaseState toState, LocalDate dueDateAfter, List<String> flags,
            OffsetDateTime occurredAt) {
        if (dueDateAfter != null) {
            dueDate = dueDateAfter;
        }
        if (action == CaseAction.REQUEST_SUPPLEMENT) {
            supplementRequests++;
        }
        if (flags != null && flags.contains(SECOND_SUPPLEMENT_FLAG)) {
            supplementRequests = Math.max(supplementRequests, 2);
        }
        if (action == CaseAction.RESULT_READY || toState == CaseState.RESULT_READY) {
            resolve(ResolutionKind.RESULT_READY, occurredAt);
        } else if (action == CaseAction.REFUSE || toState == CaseState.REFUSED) {
            resolve(ResolutionKind.REFUSED, occurredAt);
        } else if (action == CaseAction.RETURN_RESULT || toState == CaseState.RESULT_RETURNED) {
            resolve(ResolutionKind.RESULT_RETURNED, occurredAt);
        } else if (action == CaseAction.WITHDRAW || toState == CaseState.WITHDRAWN) {
            close(CloseKind.WITHDRAWN, occurredAt);
        } else if (action == CaseAction.STOP || toState == CaseState.STOPPED) {
            close(CloseKind.STOPPED, occurredAt);
        }
    }

    /** DueDateChanged: extension (form 04) or supplement restart/resume. */
    public void dueDateChanged(LocalDate newDueDate) {
        if (newDueDate != null) {
            dueDate = newDueDate;
        }
    }

    /** WithdrawalRequested at intake. */
    public void withdrawalRequested(OffsetDateTime occurredAt) {
        close(CloseKind.WITHDRAWN, occurredAt);
    }

    /** Any event of the dossier: entered on a later day than it happened counts as recorded late. */
    public void eventRecorded(OffsetDateTime occurredAt, OffsetDateTime recordedAt) {
        LocalDate occurred = VietnamDates.dateOf(occurredAt);
        LocalDate recorded = VietnamDates.dateOf(recordedAt);
        if (occurred != null && recorded != null && recorded.isAfter(occurred)) {
            lateRecordedDates.add(occurred);
        }
    }

    private void resolve(ResolutionKind kind, OffsetDateTime at) {
        if (resolvedAt == null) {
            resolvedAt = at;
            resolutionKind = kind;
            resolutionDueDate = dueDate;
        }
    }

    private void close(CloseKind kind, OffsetDateTime at) {
        if (closedAt == null || at.isBefore(closedAt)) {
            closedAt = at;
            closeKind = kind;
        }
    }

    // ---- derived ----

    public boolean isReceived() {
        return receivedAt != null && dims != null;
    }

    public LocalDate receivedOn() {
        return VietnamDates.dateOf(receivedAt);
    }

    /** Resolution counts unless the dossier was withdrawn or stopped before it (event time). */
    public boolean isResolved() {
        return resolvedAt != null && (closedAt == null || !closedAt.isBefore(resolvedAt));
    }

    public boolean isClosedWithoutResult() {
        return closedAt != null && !isResolved();
    }

    public LocalDate resolvedOn() {
        return isResolved() ? VietnamDates.dateOf(resolvedAt) : null;
    }

    /** The due date the resolution is judged against: the one in force when it happened. */
    public LocalDate dueDateAtResolution() {
        return resolutionDueDate != null ? resolutionDueDate : dueDate;
    }

    public Outcome outcome() {
        return isResolved() ? Outcome.classify(resolvedOn(), dueDateAtResolution()) : null;
    }

    /** More than one supplement request: late for Decision 766 whatever the dates. */
    public boolean multipleSupplementRequests() {
        return supplementRequests > 1;
    }

    /**
     * The first day the dossier is no longer in progress (resolution or closure), never before its
     * receipt day; null while it is in progress.
     */
    public LocalDate openUntil() {
        OffsetDateTime end = isResolved() ? resolvedAt : closedAt;
        if (end == null) {
            return null;
        }
        LocalDate endDay = VietnamDates.dateOf(end);
        LocalDate received = receivedOn();
        return received != null && endDay.isBefore(received) ? received : endDay;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public Dims dims() {
        return dims;
    }

    public boolean digitised() {
        return digitised;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public OffsetDateTime resolvedAt() {
        return resolvedAt;
    }

    public ResolutionKind resolutionKind() {
        return resolutionKind;
    }

    public LocalDate resolutionDueDate() {
        return resolutionDueDate;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public CloseKind closeKind() {
        return closeKind;
    }

    public int supplementRequests() {
        return supplementRequests;
    }

    public List<LocalDate> lateRecordedDates() {
        return Collections.unmodifiableList(lateRecordedDates);
    }
}
