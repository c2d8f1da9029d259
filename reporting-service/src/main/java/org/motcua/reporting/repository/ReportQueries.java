package org.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import org.motcua.reporting.domain.Counters;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.PeriodSplit;

/**
 * The reads behind form 06, the indicators and the dashboard. None scans the fact table: period counts
 * come from the monthly and daily counters (index range on the day), "in progress at the end of day D"
 * from the dossiers open that day in two halves: those still open, summed from their cells ({@code open_count},
 * range on the receipt day), and those ended since, one row each (partial GiST index on the open range).
 * The overdue list names dossiers, so it reads the still-open half row by row (partial B-tree on the receipt day).
 */
@ApplicationScoped
public class ReportQueries {

    /** Counters of one group under one channel. */
    public record GroupCounters(String group, String channel, Counters counters) {
    }

    /** Dossiers in progress at the end of a day in one group. */
    public record OpenCount(String group, long total, long overdue, long multiSupplementWithinDeadline) {
    }

    /** One month's resolutions. */
    public record MonthResolutions(LocalDate month, long early, long onTime, long late) {
    }

    /** An overdue dossier for the public list: no personal data. */
    public record OverdueDossier(String dossierCode, String procedureCode, String fieldCode, LocalDate dueDate) {
    }

    private static final String MEASURES = "received, digitised, resolved_early, resolved_on_time, resolved_late, "
            + "multi_supplement, recorded_late";

    @Inject
    EntityManager em;

    static String column(GroupBy groupBy) {
        return switch (groupBy) {
            case FIELD -> "field_code";
            case PROCEDURE -> "procedure_code";
            case AGENCY -> "agency_code";
        };
    }

    @SuppressWarnings("unchecked")
    public List<GroupCounters> counters(GroupBy groupBy, PeriodSplit split, String agency) {
        String g = column(groupBy);
        String filter = ofAgency(agency);
        String part = "SELECT " + g + " AS g, channel, " + MEASURES + " FROM %s WHERE day BETWEEN :%s1 AND :%s2" + filter;
        Query q = em.createNativeQuery("SELECT g, channel, sum(received)::bigint, sum(digitised)::bigint, "
                + "sum(resolved_early)::bigint, sum(resolved_on_time)::bigint, sum(resolved_late)::bigint, "
                + "sum(multi_supplement)::bigint, sum(recorded_late)::bigint FROM ("
                + part.formatted("daily_count", "h", "h") + " UNION ALL "
                + part.formatted("monthly_count", "m", "m") + " UNION ALL "
                + part.formatted("daily_count", "t", "t") + ") c GROUP BY g, channel");
        q.setParameter("h1", split.headDays().from()).setParameter("h2", split.headDays().to())
                .setParameter("m1", split.months().from()).setParameter("m2", split.months().to())
                .setParameter("t1", split.tailDays().from()).setParameter("t2", split.tailDays().to());
        bindAgency(q, agency);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new GroupCounters((String) r[0], (String) r[1],
                new Counters(Sql.number(r[2]), Sql.number(r[3]), Sql.number(r[4]), Sql.number(r[5]),
                        Sql.number(r[6]), Sql.number(r[7]), Sql.number(r[8])))).toList();
    }

    /**
     * Dossiers in progress at the end of {@code day}: received on or before it, not resolved, withdrawn or
     * stopped on or before it. Overdue: due date before {@code day} (a dossier due that very day is still
     * within its deadline; one without due date never is). The dossiers still open now are summed by cell
     * ({@code open_count}: one row per receipt day, dimensions and due date, not per dossier), those ended since
     * the day are counted one by one.
     */
    @SuppressWarnings("unchecked")
    public List<OpenCount> openAt(GroupBy groupBy, LocalDate day, String agency) {
        String g = column(groupBy);
        Query q = em.createNativeQuery("SELECT g, sum(n)::bigint, (sum(n) FILTER (WHERE due < :day))::bigint, "
                + "(sum(n) FILTER (WHERE due >= :day AND multi))::bigint FROM ("
                + "SELECT " + g + " AS g, due_date AS due, multi_supplement AS multi, dossiers AS n FROM open_count"
                + " WHERE received_date <= :day" + ofAgency(agency) + " UNION ALL "
                + endedSince(g + " AS g, COALESCE(due_date, DATE 'infinity'), supplement_requests > 1, 1", agency)
                + ") o GROUP BY 1");
        q.setParameter("day", day);
        bindAgency(q, agency);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new OpenCount((String) r[0],
                Sql.number(r[1]), Sql.number(r[2]), Sql.number(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<MonthResolutions> monthly(LocalDate firstMonth, LocalDate lastMonth, String agency) {
        Query q = em.createNativeQuery("SELECT day, sum(resolved_early)::bigint, sum(resolved_on_time)::bigint, "
                + "sum(resolved_late)::bigint FROM monthly_count WHERE day BETWEEN :m1 AND :m2"
                + ofAgency(agency) + " GROUP BY day ORDER BY day");
        q.setParameter("m1", firstMonth).setParameter("m2", lastMonth);
        bindAgency(q, agency);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new MonthResolutions(Sql.date(r[0]),
                Sql.number(r[1]), Sql.number(r[2]), Sql.number(r[3]))).toList();
    }

    /**
     * The dossiers in progress at the end of {@code :day} (and of {@code :agency} unless null), one row each, as two
     * halves each read by its own partial index (V3 migration): those still open now, received on or before the
     * day, and those closed since, whose open range holds the day.
     */
    private static String inProgressAt(String columns, String agency) {
        return "SELECT " + columns + " FROM dossier_fact WHERE open_until IS NULL AND received_date <= :day"
                + ofAgency(agency) + " UNION ALL " + endedSince(columns, agency);
    }

    /** The dossiers in progress at the end of {@code :day} and ended since, one row each (partial GiST, V3). */
    private static String endedSince(String columns, String agency) {
        return "SELECT " + columns + " FROM dossier_fact WHERE open_until IS NOT NULL"
                + " AND open_range @> CAST(:day AS date)" + ofAgency(agency);
    }

    /** The agency filter of a query's text; {@link #bindAgency} gives it its value. */
    private static String ofAgency(String agency) {
        return agency == null ? "" : " AND agency_code = :agency";
    }

    private static void bindAgency(Query q, String agency) {
        if (agency != null) {
            q.setParameter("agency", agency);
        }
    }

    /** The dossiers in progress and overdue at the end of {@code day}, longest overdue first. */
    @SuppressWarnings("unchecked")
    public List<OverdueDossier> overdue(LocalDate day, String agency, int limit) {
        Query q = em.createNativeQuery("SELECT dossier_code, procedure_code, field_code, due_date FROM ("
                + inProgressAt("dossier_code, procedure_code, field_code, due_date", agency)
                + ") o WHERE due_date < :day ORDER BY due_date, dossier_code LIMIT :limit");
        q.setParameter("day", day).setParameter("limit", limit);
        bindAgency(q, agency);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new OverdueDossier((String) r[0],
                (String) r[1], (String) r[2], Sql.date(r[3]))).toList();
    }
}
