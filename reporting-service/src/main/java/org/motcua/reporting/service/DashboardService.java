package org.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.motcua.contracts.VietnamTime;
import org.motcua.reporting.config.ReportingConfig;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.PeriodSplit;
import org.motcua.reporting.domain.Rates;
import org.motcua.reporting.domain.ReportPeriod;
import org.motcua.reporting.repository.DimensionRepository;
import org.motcua.reporting.repository.ReportQueries;

/** Builds the public dashboard from form 06 (per field), the monthly counters and the overdue dossiers. */
@ApplicationScoped
public class DashboardService {

    private static final Map<String, String> CHANNEL_LABELS = Map.of("ONLINE", "Trực tuyến", "DIRECT", "Trực tiếp",
            "POSTAL", "Bưu chính công ích");

    @Inject
    Form06Service form06;
    @Inject
    ReportQueries queries;
    @Inject
    DimensionRepository dimensions;
    @Inject
    ReportingConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardView dashboard(ReportPeriod period, String agency) {
        Form06Report byField = form06.form06(period, GroupBy.FIELD, agency);
        LocalDate today = VietnamTime.now().toLocalDate();
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();
        return new DashboardView(period.from(), period.to(), asOf, agency, VietnamTime.now(), byField.total(),
                monthly(period, agency), channels(period, agency), fields(byField), overdue(asOf, agency));
    }

    private List<DashboardView.Month> monthly(ReportPeriod period, String agency) {
        LocalDate first = period.from().withDayOfMonth(1);
        LocalDate last = period.to().withDayOfMonth(1);
        Map<LocalDate, ReportQueries.MonthResolutions> found = new HashMap<>();
        queries.monthly(first, last, agency).forEach(m -> found.put(m.month(), m));
        List<DashboardView.Month> months = new ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            ReportQueries.MonthResolutions r = found.getOrDefault(m, new ReportQueries.MonthResolutions(m, 0, 0, 0));
            long resolved = r.early() + r.onTime() + r.late();
            months.add(new DashboardView.Month(m.toString().substring(0, 7), "T" + m.getMonthValue() + "/" + m.getYear(),
                    resolved, r.early() + r.onTime(), Rates.ratio(r.early() + r.onTime(), resolved)));
        }
        return months;
    }

    private List<DashboardView.ChannelCount> channels(ReportPeriod period, String agency) {
        Map<String, Long> received = new HashMap<>();
        queries.counters(GroupBy.AGENCY, PeriodSplit.of(period.from(), period.to()), agency)
                .forEach(c -> received.merge(c.channel(), c.counters().received(), Long::sum));
        return List.of("ONLINE", "DIRECT", "POSTAL").stream().map(ch -> new DashboardView.ChannelCount(ch,
                CHANNEL_LABELS.get(ch), received.getOrDefault(ch, 0L))).toList();
    }

    private static List<DashboardView.FieldRow> fields(Form06Report byField) {
        return byField.rows().stream().map(r -> new DashboardView.FieldRow(r.code(), r.name(), r.figures().received(),
                r.figures().resolved(), r.figures().inProgress(), r.figures().inProgressOverdue(),
                r.figures().onTimeRate())).toList();
    }

    private List<DashboardView.OverdueItem> overdue(LocalDate asOf, String agency) {
        Map<String, String> procedures = dimensions.names("PROCEDURE");
        Map<String, String> fields = dimensions.names("FIELD");
        return queries.overdue(asOf, agency, config.overdueListSize()).stream()
                .map(o -> new DashboardView.OverdueItem(o.dossierCode(),
                        procedures.getOrDefault(o.procedureCode(), o.procedureCode()),
                        fields.getOrDefault(o.fieldCode(), o.fieldCode()),
                        ChronoUnit.DAYS.between(o.dueDate(), asOf)))
                .toList();
    }
}
