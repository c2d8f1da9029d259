package org.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.motcua.contracts.VietnamTime;
import org.motcua.reporting.domain.Decision766;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.ReportPeriod;

/** Decision 766 indicators, from the same counts as form 06. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    Form06Service form06;

    public IndicatorReport indicators(ReportPeriod period, String agency) {
        Form06Report report = form06.form06(period, GroupBy.AGENCY, agency);
        List<Decision766.Indicator> indicators = Decision766.indicators(report.indicatorInputs());
        return new IndicatorReport(period.from(), period.to(), agency, VietnamTime.now(), indicators,
                Decision766.points(indicators), Decision766.measuredWeight(indicators), 100);
    }
}
