package org.motcua.catalog.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** At start-up, seeds the official calendars (2020-2027) into an empty calendar table. */
@ApplicationScoped
public class CalendarSeeder {

    @Inject
    CalendarService calendars;

    void onStart(@Observes StartupEvent start) {
        calendars.seedIfEmpty();
    }
}
