package org.motcua.commons.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a failure that will pass (the database is restarting, a lock conflict) from one that will not
 * (a malformed message, a bug). Transient failures are retried; the others go to the dead-letter topic.
 */
public final class TransientFailures {
    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientSqlState(sql.getSQLState())) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("OptimisticLockException")
                    || name.endsWith("StaleObjectStateException") || name.endsWith("LockAcquisitionException")
                    || name.endsWith("PessimisticLockException") || name.endsWith("LockTimeoutException")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** 08: connection; 40001/40P01: serialization/deadlock; 53: resources; 57P0x: shutting down. */
    static boolean isTransientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                || state.startsWith("53") || state.startsWith("57P"));
    }
}
