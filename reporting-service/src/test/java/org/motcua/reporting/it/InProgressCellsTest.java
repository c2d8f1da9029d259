package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.testsupport.TestTokens;

/**
 * The dossiers still in progress are counted from pre-aggregated cells (open_count); these situations move a
 * dossier between cells and out of them, and the cells must always agree with the dossiers they count.
 */
@QuarkusTest
class InProgressCellsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("a dossier asked twice for supplements, then given an apology date, is late in progress; its result ends it")
    void secondSupplementThenApologyThenResult() throws SQLException {
        Agency a = new Agency();
        String twice = a.received("2020-10-01T09:00", "2020-10-30");
        String plain = a.received("2020-10-02T09:00", "2020-10-30");
        a.transition(twice, CaseAction.REQUEST_SUPPLEMENT, CaseState.IN_PROGRESS, CaseState.SUPPLEMENT_REQUESTED,
                "2020-10-30", "2020-10-05T09:00", "2020-10-05T09:00");
        a.transition(twice, CaseAction.REQUEST_SUPPLEMENT, CaseState.IN_PROGRESS, CaseState.SUPPLEMENT_REQUESTED,
                "2020-10-30", "2020-10-12T09:00", "2020-10-12T09:00", "SECOND_SUPPLEMENT_REQUEST");
        a.dueDateChanged(twice, "2020-10-30", "2020-11-06", DueDateChangeReason.EXTENSION, "2020-10-15T09:00");
        awaitProgress(a, "2020-10-01", "2020-10-20", 1, 2);

        // both still open: one cell each, the first under its new date and as asked twice for supplements
        assertThat(cells(a)).containsExactlyInAnyOrder("2020-10-01 2020-11-06 true 1", "2020-10-02 2020-10-30 false 1");
        assertThat(disagreements()).isZero();

        a.resultReady(twice, "2020-11-06", "2020-10-28T09:00");
        a.expect("2020-10-01", "2020-10-31", Map.of("resolved", 1, "inProgress", 1, "inProgressOverdue", 1));
        // at the end of 20/10 it was still in progress, as before its result (now counted from its own row)
        awaitProgress(a, "2020-10-01", "2020-10-20", 1, 2);
        assertThat(cells(a)).containsExactly("2020-10-02 2020-10-30 false 1");

        a.withdrawalRequested(plain, "2020-11-02T09:00");
        a.expect("2020-11-01", "2020-11-30", Map.of("carriedOver", 1, "inProgress", 0));
        assertThat(cells(a)).isEmpty();
        assertThat(disagreements()).isZero();
    }

    /** Waits for the Decision 766 progress indicator: dossiers resolved or in progress in time, out of all. */
    private static void awaitProgress(Agency a, String from, String to, int inTime, int all) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
                    Map<String, Object> progress = given().header("Authorization", TestTokens.bearer(Roles.AUDITOR))
                            .queryParam("from", from).queryParam("to", to).queryParam("agency", a.code)
                            .get("/api/v1/indicators").then().statusCode(200).extract().jsonPath()
                            .getMap("indicators.find { it.code == 'PROGRESS' }");
                    return Integer.valueOf(inTime).equals(progress.get("numerator"))
                            && Integer.valueOf(all).equals(progress.get("denominator"));
                });
    }

    /** The agency's open cells as "receipt-day due-date multi dossiers". */
    private List<String> cells(Agency a) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT received_date, due_date, multi_supplement, dossiers FROM open_count WHERE agency_code = ?")) {
            s.setString(1, a.code);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cells.add(r.getString(1) + " " + r.getString(2) + " " + r.getBoolean(3) + " " + r.getLong(4));
                }
            }
        }
        return cells;
    }

    /** Cells that differ from a count of the dossiers still open, over the whole read model, in one snapshot. */
    private long disagreements() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT count(*) FROM (
                  (SELECT received_date, agency_code, field_code, procedure_code, due_date, multi_supplement, dossiers
                   FROM open_count
                   EXCEPT
                   SELECT received_date, agency_code, field_code, procedure_code, COALESCE(due_date, DATE 'infinity'),
                          supplement_requests > 1, count(*)
                   FROM dossier_fact WHERE open_until IS NULL AND received_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6)
                  UNION ALL
                  (SELECT received_date, agency_code, field_code, procedure_code, COALESCE(due_date, DATE 'infinity'),
                          supplement_requests > 1, count(*)
                   FROM dossier_fact WHERE open_until IS NULL AND received_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
                   EXCEPT
                   SELECT received_date, agency_code, field_code, procedure_code, due_date, multi_supplement, dossiers
                   FROM open_count)) d""");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
