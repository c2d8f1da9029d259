package org.motcua.intake.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import org.motcua.calendar.CachedCalendar;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.intake.repository.CalendarReplica;

/**
 * The working-day calendar used for due dates: the years received from {@code catalog.calendars.v1}, and for
 * a year the catalogue has not published (a fresh installation whose topic is still empty) the official seed
 * of the working-calendar library. Rebuilt when a calendar event arrives here, and every minute, since
 * another replica of this service may have consumed the event.
 */
@ApplicationScoped
public class CalendarProvider {

    @Inject
    CalendarReplica replica;

    private final CachedCalendar cache = new CachedCalendar(this::years, Duration.ofMinutes(1));

    public WorkingCalendar calendar() {
        return cache.get();
    }

    /** Forget the cached calendar: called after a calendar event was stored. */
    public void invalidate() {
        cache.invalidate();
    }

    /** The official seed, overridden year by year by what the catalogue published. */
    private Collection<CalendarYear> years() {
        return OfficialCalendars.overriddenBy(QuarkusTransaction.joiningExisting().call(replica::all));
    }
}
