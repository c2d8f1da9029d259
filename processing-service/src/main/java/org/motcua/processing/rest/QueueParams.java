package org.motcua.processing.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.processing.CaseState;
import org.motcua.processing.config.ProcessingConfig;
import org.motcua.processing.domain.DeadlineStatus;
import org.motcua.processing.repository.CaseQueries.QueueFilter;
import org.motcua.processing.service.CalendarReplica;

/** Reads the query parameters of a work queue; a bad one is a 400 naming it. */
@ApplicationScoped
public class QueueParams {

    @Inject
    CalendarReplica calendars;
    @Inject
    ProcessingConfig config;

    public QueueFilter filter(String unit, String officer, String state, String dueBefore, String view) {
        CaseState caseState = null;
        if (state != null && !state.isBlank()) {
            try {
                caseState = CaseState.valueOf(state.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("state", "trạng thái '" + state + "' không tồn tại");
            }
        }
        OffsetDateTime before = null;
        if (dueBefore != null && !dueBefore.isBlank()) {
            try {
                before = LocalDate.parse(dueBefore.strip()).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("dueBefore", "ngày '" + dueBefore + "' không đúng định dạng YYYY-MM-DD");
            }
        }
        OffsetDateTime from = null;
        boolean watched = false;
        if (view != null && !view.isBlank()) {
            OffsetDateTime now = VietnamTime.now();
            watched = true;
            switch (view.strip()) {
                case "overdue" -> before = min(before, now);
                case "due-soon" -> {
                    WorkingCalendar calendar = calendars.current();
                    LocalDate horizon = DeadlineStatus.dueSoonHorizon(now, calendar, config.dueSoonWorkingDays());
                    before = min(before, horizon.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
                    from = now;
                }
                default -> throw ProblemException.badRequest("view", "chỉ nhận 'overdue' hoặc 'due-soon'");
            }
        }
        return new QueueFilter(blankToNull(unit), blankToNull(officer), caseState, before, from, watched);
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
