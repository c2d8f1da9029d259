package org.motcua.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.domain.CalendarYearRules;
import org.motcua.catalog.service.CalendarCache;
import org.motcua.catalog.service.CalendarService;
import org.motcua.commons.problem.ProblemException;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar — Lịch làm việc")
public class CalendarResource {

    /** About ten years of working days, or of working hours: more is a mistake, not a procedure. */
    private static final int MAX_DAYS = 3660;
    private static final int MAX_HOURS = 8 * 2500;
    private static final long MAX_SPAN_DAYS = 366L * 30;

    @Inject
    CalendarService calendars;
    @Inject
    CalendarCache cache;

    @GET
    @PermitAll
    @Operation(summary = "Every calendar year — Lịch làm việc của tất cả các năm")
    public List<CalendarYear> all() {
        return calendars.all();
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "One year's working-day calendar — Lịch làm việc của một năm")
    public CalendarYear year(@PathParam("year") String year) {
        int y = yearNumber(year);
        return calendars.find(y).orElseThrow(() -> ProblemException.notFound("Chưa có lịch làm việc năm " + y + "."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{year}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(summary = "Replace a year's calendar (days off, make-up days, hours) — Thay lịch làm việc của một năm")
    public CalendarYear replace(@PathParam("year") String year, @NotNull CalendarYear body) {
        return calendars.replace(yearNumber(year), body);
    }

    @GET
    @Path("/due-date")
    @PermitAll
    @Operation(summary = "Due date of a dossier received at an instant — Tính hạn giải quyết từ thời điểm tiếp nhận")
    public DueDateAnswer dueDate(@QueryParam("receivedAt") String receivedAt, @QueryParam("workingDays") String workingDays,
            @QueryParam("value") String value, @QueryParam("unit") String unit) {
        OffsetDateTime received = Params.instant("receivedAt", receivedAt);
        ProcessingDuration duration = duration(workingDays, value, unit);
        WorkingCalendar calendar = cache.calendar();
        DueDate due = calendar.dueDate(received, duration);
        LocalDate receiptDay = calendar.effectiveReceiptDay(received);
        boolean covered = calendar.covers(receiptDay.getYear()) && calendar.covers(due.dueDate().getYear());
        return new DueDateAnswer(due.dueDate(), due.dueAt(), receiptDay, covered);
    }

    @GET
    @Path("/working-days-between")
    @PermitAll
    @Operation(summary = "Working days after one date up to another — Số ngày làm việc giữa hai ngày")
    public WorkingDaysAnswer workingDaysBetween(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        if (Math.abs(ChronoUnit.DAYS.between(start, end)) > MAX_SPAN_DAYS) {
            throw ProblemException.badRequest("to", "khoảng thời gian tối đa 30 năm.");
        }
        return new WorkingDaysAnswer(start, end, cache.calendar().workingDaysBetween(start, end));
    }

    private static int yearNumber(String raw) {
        return Params.integer("year", raw, -1, CalendarYearRules.FIRST_YEAR, CalendarYearRules.LAST_YEAR);
    }

    private static ProcessingDuration duration(String workingDays, String value, String unit) {
        if (workingDays != null && (value != null || unit != null)) {
            throw ProblemException.badRequest("workingDays", "dùng workingDays hoặc value và unit, không dùng cả hai.");
        }
        if (workingDays != null) {
            return new ProcessingDuration(Params.integer("workingDays", workingDays, 0, 0, MAX_DAYS),
                    DurationUnit.WORKING_DAYS);
        }
        if (value == null) {
            throw ProblemException.badRequest("workingDays", "cần workingDays=N, hoặc value=N và unit.");
        }
        DurationUnit parsed;
        try {
            parsed = DurationUnit.valueOf(unit == null ? "" : unit.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unit", "đơn vị '" + unit
                    + "' không hợp lệ; dùng WORKING_DAYS, CALENDAR_DAYS hoặc WORKING_HOURS.");
        }
        int max = parsed == DurationUnit.WORKING_HOURS ? MAX_HOURS : MAX_DAYS;
        return new ProcessingDuration(Params.integer("value", value, 0, 0, max), parsed);
    }
}
