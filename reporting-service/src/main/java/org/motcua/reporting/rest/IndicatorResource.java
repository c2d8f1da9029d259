package org.motcua.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.security.Roles;
import org.motcua.reporting.config.ReportingConfig;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.ReportPeriod;
import org.motcua.reporting.service.IndicatorReport;
import org.motcua.reporting.service.IndicatorService;

@Path("/api/v1/indicators")
@Tag(name = "Decision 766 indicators — Chỉ số QĐ 766")
public class IndicatorResource {

    @Inject
    IndicatorService service;
    @Inject
    ReportingConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_HEAD, Roles.AUDITOR, Roles.OPS, Roles.PROCESSING_OFFICER})
    @Operation(summary = "Decision 766 service indicators for a period, with formulas and points — Chỉ số phục vụ "
            + "người dân, doanh nghiệp theo QĐ 766, kèm công thức và điểm")
    public IndicatorReport indicators(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency) {
        return service.indicators(ReportPeriod.parse(from, to, config.maxPeriodDays()), GroupBy.agency(agency));
    }
}
