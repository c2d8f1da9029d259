package org.motcua.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.commons.security.Roles;
import org.motcua.reporting.config.ReportingConfig;
import org.motcua.reporting.domain.GroupBy;
import org.motcua.reporting.domain.ReportPeriod;
import org.motcua.reporting.export.Form06Csv;
import org.motcua.reporting.export.Form06Xlsx;
import org.motcua.reporting.service.Form06Report;
import org.motcua.reporting.service.Form06Service;

@Path("/api/v1/reports/form-06")
@Tag(name = "Form 06 — Mẫu số 06")
public class Form06Resource {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Form06Service service;
    @Inject
    ReportingConfig config;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.UNIT_HEAD, Roles.AUDITOR, Roles.OPS, Roles.PROCESSING_OFFICER})
    @Operation(summary = "Form 06 statistics for a period, as JSON, CSV or Excel — Thống kê mẫu số 06 theo kỳ "
            + "(JSON, CSV hoặc Excel)",
            description = "Counts by event time (occurredAt), in Vietnamese calendar dates, both ends included. "
                    + "Choose the format with Accept, or with format=csv|xlsx for a download link.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Form06Report.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", description = "Bad parameter — tham số không hợp lệ")
    public Response form06(
            @Parameter(description = "First day YYYY-MM-DD — ngày bắt đầu") @QueryParam("from") String from,
            @Parameter(description = "Last day YYYY-MM-DD — ngày kết thúc") @QueryParam("to") String to,
            @Parameter(description = "field | procedure | agency — nhóm theo lĩnh vực, thủ tục, cơ quan")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Agency code — mã cơ quan") @QueryParam("agency") String agency,
            @Parameter(description = "csv | xlsx, instead of Accept — định dạng tải về") @QueryParam("format")
            String format,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        ReportPeriod period = ReportPeriod.parse(from, to, config.maxPeriodDays());
        Form06Report report = service.form06(period, GroupBy.parse(groupBy), GroupBy.agency(agency));
        String file = "mau-06_" + period.from() + "_" + period.to();
        return switch (ExportFormat.choose(format, headers.getAcceptableMediaTypes())) {
            case CSV -> Response.ok(Form06Csv.write(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            case XLSX -> Response.ok(Form06Xlsx.write(report), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        };
    }
}
