package org.motcua.processing.domain;

import java.time.OffsetDateTime;
import java.util.Set;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.processing.CaseState;

/** Test fixtures: the official calendar and a case received Wed 4/3/2020 09:00 with 15 working days (due 25/3). */
final class Cases {
    private Cases() {
    }

    static final WorkingCalendar CALENDAR = OfficialCalendars.vietnam();
    static final ProcessingDuration FIFTEEN_DAYS = new ProcessingDuration(15, DurationUnit.WORKING_DAYS);
    static final Caller HEAD = new Caller("head-1", Set.of("unit-head"), "P.QLCL");
    static final Caller OFFICER = new Caller("officer-1", Set.of("processing-officer"), "P.QLCL");
    static final Caller DESK = new Caller("desk-1", Set.of("intake-officer"), "TTPVHCC");

    static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+07:00");
    }

    static CaseSnapshot received(ClockMode mode) {
        OffsetDateTime receivedAt = at("2020-03-04T09:00");
        DueDate due = CALENDAR.dueDate(receivedAt, FIFTEEN_DAYS);
        return new CaseSnapshot(CaseState.RECEIVED, receivedAt, FIFTEEN_DAYS, due, mode, null, 0, 0, false, 0,
                receivedAt);
    }

    static CaseSnapshot in(CaseState state, CaseSnapshot s) {
        return new CaseSnapshot(state, s.receivedAt(), s.committed(), s.due(), s.clockMode(), s.pausedSince(),
                s.pausedWorkingDays(), s.pausedWorkingMinutes(), s.extended(), s.supplementRequests(),
                s.lastOccurredAt());
    }

    /** The snapshot after an outcome, as the entity would hold it. */
    static CaseSnapshot after(CaseSnapshot s, TransitionOutcome o) {
        return new CaseSnapshot(o.toState(), s.receivedAt(), s.committed(), o.dueAfter(), s.clockMode(),
                o.pausedSince(), o.pausedWorkingDays(), o.pausedWorkingMinutes(), o.extended(),
                o.supplementRequests(), o.occurredAt());
    }

    static TransitionOutcome decide(CaseSnapshot s, ActionInput input, Caller caller) {
        return CaseWorkflow.decide(s, input, caller, CALENDAR, at("2026-11-27T10:00"));
    }
}
