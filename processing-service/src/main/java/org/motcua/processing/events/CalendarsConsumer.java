package org.motcua.processing.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.inbox.PoisonMessageException;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.processing.service.CalendarReplica;

/** The catalogue's working-day calendars (topic {@code catalog.calendars.v1}) into the local replica. */
@ApplicationScoped
public class CalendarsConsumer {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CalendarReplica replica;

    @Incoming("calendars")
    @Blocking
    public void on(String raw) {
        consumer.handle("processing-calendars", raw, event -> {
            if (!EventTypes.CALENDAR_YEAR_CHANGED.equals(event.type())) {
                return;
            }
            CalendarYear year = consumer.data(event, CalendarYear.class);
            try {
                WorkingCalendar.of(List.of(year));
            } catch (RuntimeException e) {
                throw new PoisonMessageException("Calendar year " + year.year() + " is not valid: " + e.getMessage(), e);
            }
            replica.store(year);
        });
    }
}
