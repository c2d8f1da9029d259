package org.motcua.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.motcua.contracts.EventTypes;
import org.motcua.testsupport.TestInfrastructure;

/**
 * The number of rows of every table of the four services' databases (read from information_schema), the outbox
 * and Flyway's history included: what a request may have written.
 *
 * <p>Not counted: what processing's deadline watcher writes on its own clock, every 30 s, whatever the requests
 * (CI saw it alert two cases in the middle of a batch): its {@code deadline_alert_sent} rows, and in the tables
 * that record an event type (the outbox, the consumers' {@code processed_event}) the rows of the due-soon and
 * overdue alerts. Every other row of those tables still counts.
 */
final class RowCounts {

    /** Written by the deadline watcher alone. */
    static final String WATCHER_TABLE = "deadline_alert_sent";
    /** The events the watcher publishes, as the outbox and the consumers record their type. */
    static final List<String> WATCHER_EVENTS = List.of(EventTypes.CASE_DUE_SOON, EventTypes.CASE_OVERDUE);

    private RowCounts() {
    }

    static Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : Suite.databases()) {
            try (Connection c = DriverManager.getConnection(TestInfrastructure.jdbcBase() + database,
                    TestInfrastructure.postgresUser(), ""); Statement s = c.createStatement()) {
                Map<String, Boolean> tables = new TreeMap<>(); // table -> has an event_type column
                try (ResultSet r = s.executeQuery("SELECT t.table_schema || '.' || t.table_name, EXISTS (SELECT 1 "
                        + "FROM information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name "
                        + "= t.table_name AND c.column_name = 'event_type') FROM information_schema.tables t "
                        + "WHERE t.table_type = 'BASE TABLE' AND t.table_schema NOT IN ('pg_catalog', "
                        + "'information_schema') AND t.table_name <> '" + WATCHER_TABLE + "' ORDER BY 1")) {
                    while (r.next()) {
                        tables.put(r.getString(1), r.getBoolean(2));
                    }
                }
                for (Map.Entry<String, Boolean> table : tables.entrySet()) {
                    String[] parts = table.getKey().split("\\.", 2);
                    String notWatcher = table.getValue() ? " WHERE event_type IS NULL OR event_type NOT IN ('"
                            + String.join("', '", WATCHER_EVENTS) + "')" : "";
                    try (ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + parts[0] + "\".\"" + parts[1]
                            + "\"" + notWatcher)) {
                        r.next();
                        counts.put(database + "." + table.getKey(), r.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot count the rows of " + database, e);
            }
        }
        return counts;
    }

    /** The tables whose count changed, "table: before → after". */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + ": " + before.get(table) + " → " + after.get(table));
            }
        }
        before.keySet().stream().filter(t -> !after.containsKey(t)).forEach(t -> changed.add(t + ": dropped"));
        return changed;
    }
}
