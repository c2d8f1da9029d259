package org.motcua.processing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.VietnamTime;
import org.motcua.processing.Case;
import org.motcua.processing.config.ProcessingConfig;
import org.motcua.processing.domain.DeadlineStatus;
import org.motcua.processing.events.CaseEvents;
import org.motcua.processing.repository.CaseQueries;

/**
 * Publishes CASE_DUE_SOON and CASE_OVERDUE once per case, kind and due instant. The row in
 * {@code deadline_alert_sent} and the outbox event are written in one transaction, so a restart (or a second
 * instance scanning at the same time) never publishes an alert twice, and a moved due date is alerted again.
 */
@ApplicationScoped
public class DeadlineWatcher {

    private static final Logger LOG = Logger.getLogger(DeadlineWatcher.class);
    static final int BATCH = 200;

    @Inject
    EntityManager em;
    @Inject
    CaseQueries queries;
    @Inject
    CalendarReplica calendars;
    @Inject
    ProcessingConfig config;
    @Inject
    CaseEvents events;

    @Scheduled(every = "${motcua.processing.deadline-watch.every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            scan(VietnamTime.now());
        } catch (RuntimeException e) {
            LOG.warnf("Deadline scan failed, next run retries: %s", e.getMessage());
        }
    }

    /** Scans the open cases due up to the due-soon horizon; returns the number of alerts published. */
    public int scan(OffsetDateTime now) {
        WorkingCalendar calendar = calendars.current();
        int soon = config.dueSoonWorkingDays();
        OffsetDateTime horizon = calendar.endOfWorkingHours(DeadlineStatus.dueSoonHorizon(now, calendar, soon))
                .plusDays(1);
        int published = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> codes = QuarkusTransaction.requiringNew().call(() -> queries.watchedDueBefore(horizon, now, from,
                    BATCH));
            if (codes.isEmpty()) {
                return published;
            }
            published += QuarkusTransaction.requiringNew().call(() -> alert(codes, now, calendar, soon));
            after = codes.get(codes.size() - 1);
        }
    }

    private int alert(List<String> codes, OffsetDateTime now, WorkingCalendar calendar, int soon) {
        int published = 0;
        for (String code : codes) {
            Case c = em.find(Case.class, code);
            Optional<DeadlineStatus.Alert> alert = DeadlineStatus.of(c.state, c.due(), now, calendar, soon);
            if (alert.isPresent() && firstTime(c, alert.get())) {
                events.deadlineAlert(alert.get() == DeadlineStatus.Alert.OVERDUE ? EventTypes.CASE_OVERDUE
                        : EventTypes.CASE_DUE_SOON, c, now);
                published++;
            }
        }
        return published;
    }

    private boolean firstTime(Case c, DeadlineStatus.Alert alert) {
        return em.createNativeQuery("""
                INSERT INTO deadline_alert_sent (dossier_code, kind, due_at) VALUES (:code, :kind, :due)
                ON CONFLICT DO NOTHING""")
                .setParameter("code", c.dossierCode).setParameter("kind", alert.name())
                .setParameter("due", c.dueAt).executeUpdate() == 1;
    }
}
