package org.motcua.intake.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.inbox.PoisonMessageException;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.ProcedureChanged;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.intake.repository.CalendarReplica;
import org.motcua.intake.repository.ProcedureReplica;
import org.motcua.intake.service.CalendarProvider;
import org.motcua.intake.service.ProcedureTimelines;

/** Keeps the local replica of the catalogue from its two compacted topics: intake never calls the catalogue. */
@ApplicationScoped
public class CatalogueConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogueConsumer.class);
    static final String CONSUMER = "intake-catalogue";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    ProcedureReplica procedures;
    @Inject
    CalendarReplica calendars;
    @Inject
    CalendarProvider calendarProvider;
    @Inject
    ProcedureTimelines timelines;

    @Incoming("procedures")
    @Blocking
    public void onProcedure(String raw) {
        try {
            handleProcedure(raw);
        } finally {
            timelines.invalidate(); // committed by now, here or by another instance (a duplicate is skipped)
        }
    }

    private void handleProcedure(String raw) {
        consumer.handle(CONSUMER, raw, event -> {
            if (!EventTypes.PROCEDURE_CHANGED.equals(event.type())) {
                return;
            }
            ProcedureChanged changed = consumer.data(event, ProcedureChanged.class);
            if (changed.procedureCode() == null || changed.procedureCode().isBlank()) {
                throw new PoisonMessageException("ProcedureChanged without procedureCode");
            }
            List<ProcedureVersion> versions = changed.versions() == null ? List.of() : changed.versions();
            for (ProcedureVersion v : versions) {
                if (v.effectiveFrom() == null || !changed.procedureCode().equals(v.procedureCode())) {
                    throw new PoisonMessageException("Version " + v.version() + " of " + changed.procedureCode()
                            + " has no effectiveFrom or another procedure code");
                }
            }
            procedures.replaceTimeline(changed.procedureCode(), versions);
            LOG.debugf("Procedure %s: %d published versions", changed.procedureCode(), versions.size());
        });
    }

    @Incoming("calendars")
    @Blocking
    public void onCalendar(String raw) {
        consumer.handle(CONSUMER, raw, event -> {
            if (!EventTypes.CALENDAR_YEAR_CHANGED.equals(event.type())) {
                return;
            }
            CalendarYear year = consumer.data(event, CalendarYear.class);
            if (year.year() < 1900) {
                throw new PoisonMessageException("Calendar without a year");
            }
            calendars.save(year);
        });
        calendarProvider.invalidate();
    }
}
