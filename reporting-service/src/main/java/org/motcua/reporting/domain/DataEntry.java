package org.motcua.reporting.domain;

import org.motcua.contracts.processing.CaseAction;

/**
 * Which events are data entered by a person, the only ones whose lag counts as "recorded late": an
 * officer who enters a return three days after it happened. Automatic events are not: processing opening
 * the case when intake's receipt arrives (its occurredAt is the receipt time, its recordedAt whenever the
 * event was consumed), transitions by the {@code system} actor, and receipts migrated by the historical
 * import (recorded at import time by definition).
 */
public final class DataEntry {
    private DataEntry() {
    }

    public static final String SYSTEM = "system";

    public static boolean byPerson(CaseAction action, String actorSubject, String actorRole) {
        return action != CaseAction.OPEN && !SYSTEM.equalsIgnoreCase(actorSubject)
                && !SYSTEM.equalsIgnoreCase(actorRole);
    }

    public static boolean byPerson(boolean importedReceipt) {
        return !importedReceipt;
    }
}
