package org.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.motcua.commons.problem.Problem;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.VietnamTime;
import org.motcua.reporting.domain.Form06Tally;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.PeriodSplit;
import org.motcua.reporting.domain.ReportPeriod;
import org.motcua.reporting.repository.ConcurrentReads;
import org.motcua.reporting.repository.DimensionRepository;
import org.motcua.reporting.repository.ReportQueries;

/**
 * Computes form 06 from the counters and the open dossiers: three index-bound queries per request, run at the
 * same time ({@link ConcurrentReads}).
 */
@ApplicationScoped
public class Form06Service {

    @Inject
    ReportQueries queries;
    @Inject
    ConcurrentReads reads;
    @Inject
    DimensionRepository dimensions;
    @Inject
    RebuildService rebuild;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Form06Report form06(ReportPeriod period, GroupBy groupBy, String agency) {
        refuseWhileRebuilding(rebuild);
        CompletableFuture<List<ReportQueries.GroupCounters>> counters = reads.start(
                () -> queries.counters(groupBy, PeriodSplit.of(period.from(), period.to()), agency));
        CompletableFuture<List<ReportQueries.OpenCount>> carriedOver = reads.start(
                () -> queries.openAt(groupBy, period.dayBefore(), agency));
        CompletableFuture<List<ReportQueries.OpenCount>> inProgress = reads.start(
                () -> queries.openAt(groupBy, period.to(), agency));
        Map<String, Form06Tally> rows = new TreeMap<>();
        for (ReportQueries.GroupCounters c : ConcurrentReads.await(counters)) {
            rows.computeIfAbsent(c.group(), k -> new Form06Tally()).addCounters(c.counters(), "ONLINE".equals(c.channel()));
        }
        for (ReportQueries.OpenCount o : ConcurrentReads.await(carriedOver)) {
            rows.computeIfAbsent(o.group(), k -> new Form06Tally()).addCarriedOver(o.total());
        }
        for (ReportQueries.OpenCount o : ConcurrentReads.await(inProgress)) {
            rows.computeIfAbsent(o.group(), k -> new Form06Tally()).addInProgress(o.total(), o.overdue(),
                    o.multiSupplementWithinDeadline());
        }
        Map<String, String> names = dimensions.names(groupBy.name());
        Form06Tally total = new Form06Tally();
        List<Form06Report.Row> out = new ArrayList<>();
        rows.forEach((code, tally) -> {
            total.addAll(tally);
            out.add(new Form06Report.Row(code, names.getOrDefault(code, code), tally.figures()));
        });
        return new Form06Report(period.from(), period.to(), groupBy, agency, VietnamTime.now(), out, total.figures(),
                total.indicatorInputs());
    }

    static void refuseWhileRebuilding(RebuildService rebuild) {
        if (rebuild.running()) {
            throw new ProblemException(Problem.of(503, "Rebuilding",
                    "Dữ liệu báo cáo đang được dựng lại từ đầu, vui lòng thử lại sau ít phút.")
                    .with("retryAfterSeconds", 5));
        }
    }
}
