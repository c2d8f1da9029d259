package org.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.catalog.CalendarYearEntity;
import org.motcua.catalog.domain.CalendarYearRules;
import org.motcua.catalog.domain.RuleViolation;
import org.motcua.catalog.domain.Violation;
import org.motcua.catalog.repository.CalendarRepository;
import org.motcua.commons.outbox.Outbox;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.CalendarYear;

/**
 * The working-day calendar years: read, replaced by an administrator, seeded from the official calendars
 * when the table is empty. Every change is announced on the compacted calendars topic, keyed by year.
 */
@ApplicationScoped
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class);

    @Inject
    CalendarRepository repository;
    @Inject
    Outbox outbox;
    @Inject
    CalendarCache cache;

    @Transactional
    public Optional<CalendarYear> find(int year) {
        return repository.find(year).map(this::read);
    }

    @Transactional
    public List<CalendarYear> all() {
        return repository.all().stream().map(this::read).toList();
    }

    /** Replaces (or creates) a year after checking every rule; nothing is written when one is broken. */
    @Transactional
    public CalendarYear replace(int year, CalendarYear body) {
        List<Violation> violations = CalendarYearRules.check(year, body);
        if (!violations.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, "Lịch làm việc năm " + year + " không hợp lệ: "
                    + violations.get(0).reason(), violations);
        }
        CalendarYear normalised = new CalendarYear(year,
                body.zone() == null || body.zone().isBlank() ? VietnamTime.ZONE.getId() : body.zone(),
                body.workingHours() == null ? List.of() : body.workingHours(),
                body.daysOff() == null ? List.of() : body.daysOff(),
                body.makeUpWorkingDays() == null ? List.of() : body.makeUpWorkingDays(),
                body.provisional(), body.legalBasis());
        CalendarYearEntity row = repository.lock(year).orElse(null);
        if (row == null) {
            row = new CalendarYearEntity();
            row.year = year;
            fill(row, normalised);
            repository.persist(row);
        } else {
            fill(row, normalised);
        }
        outbox.append(Topics.CALENDARS, EventTypes.CALENDAR_YEAR_CHANGED, String.valueOf(year), normalised);
        cache.invalidateAfterCommit();
        return normalised;
    }

    /** Loads the official calendars when no year is stored yet, and announces each year seeded. */
    @Transactional
    public int seedIfEmpty() {
        if (repository.count() > 0) {
            return 0;
        }
        int seeded = 0;
        for (CalendarYear year : OfficialCalendars.load()) {
            if (repository.insertIfAbsent(year.year(), json(year), year.provisional())) {
                outbox.append(Topics.CALENDARS, EventTypes.CALENDAR_YEAR_CHANGED, String.valueOf(year.year()), year);
                seeded++;
            }
        }
        LOG.infof("Seeded %d official calendar years", seeded);
        cache.invalidateAfterCommit();
        return seeded;
    }

    private static void fill(CalendarYearEntity row, CalendarYear year) {
        row.content = json(year);
        row.provisional = year.provisional();
        row.updatedAt = VietnamTime.now();
    }

    private CalendarYear read(CalendarYearEntity row) {
        return CalendarCodec.read(row.content);
    }

    private static String json(CalendarYear year) {
        return CalendarCodec.write(year);
    }
}
