package org.motcua.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.motcua.testsupport.TestInfrastructure;

/**
 * The counts the three services keep of the fault tests' procedures: intake's dossiers and processing's cases
 * by state (their databases, read with JDBC: neither has a counting API), reporting's form 06 of one day
 * (its REST API, as an auditor reads it).
 */
record FaultCounts(long intakeDossiers, long cases, Map<String, Long> casesByState, long received, long resolved,
        long inProgress) {

    static FaultCounts read(List<String> procedures, LocalDate day) {
        Suite suite = Suite.get();
        long dossiers = single(suite.jdbcUrl(Suite.INTAKE),
                "SELECT count(*) FROM dossier WHERE procedure_code = ANY (?) AND status <> 'NOT_RECEIVED'", procedures);
        Map<String, Long> byState = new TreeMap<>();
        try (Connection c = connect(suite.jdbcUrl(Suite.PROCESSING)); PreparedStatement s = c.prepareStatement(
                "SELECT state, count(*) FROM processing_case WHERE procedure_code = ANY (?) GROUP BY state")) {
            s.setArray(1, c.createArrayOf("text", procedures.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byState.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long received = 0;
        long resolved = 0;
        long inProgress = 0;
        FaultClient.Answer form06 = new FaultClient().get(suite.url(Suite.REPORTING) + "/api/v1/reports/form-06?from="
                + day + "&to=" + day + "&groupBy=procedure", "auditor");
        if (form06.status() != 200) {
            throw new IllegalStateException("form 06: " + form06.status() + " " + form06.text());
        }
        for (JsonNode row : form06.body().path("rows")) {
            if (procedures.contains(row.path("code").asText())) {
                received += row.path("figures").path("received").asLong();
                resolved += row.path("figures").path("resolved").asLong();
                inProgress += row.path("figures").path("inProgress").asLong();
            }
        }
        return new FaultCounts(dossiers, byState.values().stream().mapToLong(Long::longValue).sum(), byState,
                received, resolved, inProgress);
    }

    /** The counts once {@code outcome} is added to these: every receipt once, every returned case once. */
    FaultCounts plus(FaultLoad.Outcome outcome) {
        long n = outcome.received().size();
        long r = outcome.returned().size();
        Map<String, Long> byState = new TreeMap<>(casesByState);
        byState.merge("RECEIVED", n - r, Long::sum);
        byState.merge("RESULT_RETURNED", r, Long::sum);
        byState.values().removeIf(v -> v == 0);
        return new FaultCounts(intakeDossiers + n, cases + n, byState, received + n, resolved + r, inProgress + n - r);
    }

    /** How many of {@code codes} each service holds (each must hold all of them, once: codes are keys). */
    static String holding(Collection<String> codes) {
        Suite suite = Suite.get();
        return "intake " + single(suite.jdbcUrl(Suite.INTAKE), "SELECT count(*) FROM dossier WHERE code = ANY (?)", codes)
                + ", processing " + single(suite.jdbcUrl(Suite.PROCESSING),
                        "SELECT count(*) FROM processing_case WHERE dossier_code = ANY (?)", codes)
                + ", reporting " + single(suite.jdbcUrl(Suite.REPORTING),
                        "SELECT count(*) FROM dossier_fact WHERE dossier_code = ANY (?) AND received_date IS NOT NULL",
                        codes);
    }

    private static long single(String url, String sql, Collection<String> values) {
        try (Connection c = connect(url); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestInfrastructure.postgresUser(), "");
    }
}
