package org.motcua.processing.domain;

import static org.motcua.contracts.processing.CaseAction.*;
import static org.motcua.contracts.processing.CaseState.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;

/**
 * The one table of the processing workflow: which action is allowed in which state, where it leads,
 * and which roles may record it. Guards that depend on the case's data (EXTEND only once, the apology
 * deadline, occurredAt bounds) are in {@link CaseWorkflow}.
 *
 * <p>OPEN is not in the table: it only happens when intake's DossierReceived event opens the case.
 */
public final class CaseStateMachine {
    private CaseStateMachine() {
    }

    static final String HEAD = "unit-head";
    static final String OFFICER = "processing-officer";
    static final String INTAKE = "intake-officer";
    /**
     * The data migration account (Roles.OPS). Not in the table: it takes no action of its own, and may replay any
     * action only with a legacy recording time ({@link CaseWorkflow}).
     */
    public static final String OPS = "ops";

    /** Roles allowed per action (Roles.* values; plain strings keep the domain free of framework code). */
    private static final Map<CaseAction, List<String>> ROLES = new EnumMap<>(CaseAction.class);
    /** (state, action) → next state. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> TABLE = new EnumMap<>(CaseState.class);

    static {
        ROLES.put(ASSIGN, List.of(HEAD));
        ROLES.put(APPROVE, List.of(HEAD));
        ROLES.put(REFUSE, List.of(HEAD));
        ROLES.put(EXTEND, List.of(HEAD));
        ROLES.put(STOP, List.of(HEAD));
        ROLES.put(REQUEST_SUPPLEMENT, List.of(OFFICER, HEAD));
        ROLES.put(REQUEST_PAYMENT, List.of(OFFICER, HEAD));
        ROLES.put(PAYMENT_RECEIVED, List.of(OFFICER, HEAD));
        ROLES.put(CaseAction.RESULT_READY, List.of(OFFICER, HEAD));
        ROLES.put(RETURN_RESULT, List.of(OFFICER, HEAD));
        ROLES.put(SUPPLEMENT_RECEIVED, List.of(OFFICER, INTAKE, HEAD));
        ROLES.put(WITHDRAW, List.of(INTAKE, OFFICER, HEAD));
        ROLES.put(OPEN, List.of());

        allow(RECEIVED, ASSIGN, IN_PROGRESS);
        allow(IN_PROGRESS, ASSIGN, IN_PROGRESS);
        allow(IN_PROGRESS, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, IN_PROGRESS);
        allow(IN_PROGRESS, REQUEST_PAYMENT, PAYMENT_REQUESTED);
        allow(PAYMENT_REQUESTED, PAYMENT_RECEIVED, IN_PROGRESS);
        allow(IN_PROGRESS, APPROVE, APPROVED);
        allow(APPROVED, CaseAction.RESULT_READY, CaseState.RESULT_READY);
        allow(CaseState.RESULT_READY, RETURN_RESULT, RESULT_RETURNED);
        allow(IN_PROGRESS, REFUSE, REFUSED);
        allow(REFUSED, RETURN_RESULT, RESULT_RETURNED);
        // EXTEND (form 04) keeps the state: while the deadline runs and no result exists yet.
        for (CaseState s : List.of(RECEIVED, IN_PROGRESS, PAYMENT_REQUESTED, APPROVED)) {
            allow(s, EXTEND, s);
        }
        // STOP: before a decision is taken.
        for (CaseState s : List.of(RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED)) {
            allow(s, STOP, STOPPED);
        }
        // WITHDRAW: the applicant may withdraw from any state that is not final.
        for (CaseState s : CaseState.values()) {
            if (!s.isFinal()) {
                allow(s, WITHDRAW, WITHDRAWN);
            }
        }
    }

    private static void allow(CaseState from, CaseAction action, CaseState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The next state, or empty when the action is not allowed in {@code from}. */
    public static Optional<CaseState> next(CaseState from, CaseAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The roles that may record {@code action}, in order of preference (the first is recorded as the actor's role). */
    public static List<String> rolesFor(CaseAction action) {
        return ROLES.getOrDefault(action, List.of());
    }

    /** The role under which a caller with {@code callerRoles} records {@code action}, if any. */
    public static Optional<String> actingRole(CaseAction action, Collection<String> callerRoles) {
        return rolesFor(action).stream().filter(callerRoles::contains).findFirst();
    }

    /** Actions the table allows in {@code state}, in declaration order. */
    public static Set<CaseAction> actionsIn(CaseState state) {
        Map<CaseAction, CaseState> row = TABLE.getOrDefault(state, Map.of());
        return row.isEmpty() ? EnumSet.noneOf(CaseAction.class) : EnumSet.copyOf(row.keySet());
    }

    /** Actions allowed in {@code state} for a caller with {@code callerRoles}. */
    public static List<CaseAction> actionsIn(CaseState state, Collection<String> callerRoles) {
        List<CaseAction> result = new ArrayList<>();
        for (CaseAction action : actionsIn(state)) {
            if (actingRole(action, callerRoles).isPresent()) {
                result.add(action);
            }
        }
        return result;
    }
}
