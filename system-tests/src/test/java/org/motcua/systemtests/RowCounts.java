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
import org.motcua.testsupport.TestInfrastructure;

/**
 * The number of rows of every table of the four services' databases (read from information_schema), the outbox
 * and Flyway's history included: what a request may have written.
 */
final class RowCounts {

    private RowCounts() {
    }

    static Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : Suite.databases()) {
            try (Connection c = DriverManager.getConnection(TestInfrastructure.jdbcBase() + database,
                    TestInfrastructure.postgresUser(), ""); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT table_schema || '.' || table_name FROM "
                        + "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
                        + "('pg_catalog', 'information_schema') ORDER BY 1")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
                for (String table : tables) {
                    String[] parts = table.split("\\.", 2);
                    try (ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + parts[0] + "\".\"" + parts[1]
                            + "\"")) {
                        r.next();
                        counts.put(database + "." + table, r.getLong(1));
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
