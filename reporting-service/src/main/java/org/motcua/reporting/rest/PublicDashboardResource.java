package org.motcua.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.contracts.VietnamTime;
import org.motcua.reporting.config.ReportingConfig;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.ReportPeriod;
import org.motcua.reporting.service.DashboardService;
import org.motcua.reporting.service.DashboardView;

@Path("/api/v1/public/dashboard")
@Tag(name = "Public dashboard — Bảng theo dõi công khai")
public class PublicDashboardResource {

    @Inject
    DashboardService service;
    @Inject
    ReportingConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Aggregated figures for the public dashboard (no personal data); default period: this "
            + "year to today — Số liệu tổng hợp cho bảng theo dõi công khai (không có dữ liệu cá nhân); mặc định từ "
            + "đầu năm đến hôm nay")
    public DashboardView dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency) {
        LocalDate today = VietnamTime.now().toLocalDate();
        String fromText = from == null || from.isBlank() ? today.withDayOfYear(1).toString() : from;
        String toText = to == null || to.isBlank() ? today.toString() : to;
        return service.dashboard(ReportPeriod.parse(fromText, toText, config.maxPeriodDays()), GroupBy.agency(agency));
    }
}
