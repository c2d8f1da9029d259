package org.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.motcua.contracts.catalog.WorkingSession;

/**
 * The sessions of one working day (giờ làm việc), e.g. 07:00-11:30 and 13:30-17:00: the time between
 * sessions (lunch) and outside them is not working time.
 */
final class WorkingHours {

    /** The hours of state agencies when a calendar year does not state its own. */
    static final WorkingHours STATE_AGENCY_DEFAULT = new WorkingHours(List.of(
            new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            new WorkingSession(LocalTime.of(13, 30), LocalTime.of(17, 0))));

    private final List<WorkingSession> sessions;

    private WorkingHours(List<WorkingSession> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    /**
     * The given sessions, or the state-agency default when none are given.
     *
     * @throws IllegalArgumentException if a session is empty or the sessions overlap or are out of order
     */
    static WorkingHours of(List<WorkingSession> sessions) {
        if (sessions == null || sessions.isEmpty()) {
            return STATE_AGENCY_DEFAULT;
        }
        LocalTime previousEnd = LocalTime.MIN;
        for (WorkingSession session : sessions) {
            Objects.requireNonNull(session.start(), "session start");
            Objects.requireNonNull(session.end(), "session end");
            if (!session.start().isBefore(session.end())) {
                throw new IllegalArgumentException("Empty working session " + session);
            }
            if (session.start().isBefore(previousEnd)) {
                throw new IllegalArgumentException("Working sessions overlap or are out of order: " + sessions);
            }
            previousEnd = session.end();
        }
        return new WorkingHours(sessions);
    }

    /** The end of the last session: the close of the working day. */
    LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    /** The working time inside the sessions between two times of the same day ({@code from <= to}). */
    Duration between(LocalTime from, LocalTime to) {
        Duration total = Duration.ZERO;
        for (WorkingSession session : sessions) {
            LocalTime start = later(session.start(), from);
            LocalTime end = earlier(session.end(), to);
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * The time of day reached after {@code amount} of working time from {@code from}, if the day's
     * remaining sessions are long enough; ending exactly at a session end gives that end.
     */
    Optional<LocalTime> advance(LocalTime from, Duration amount) {
        Duration remaining = amount;
        for (WorkingSession session : sessions) {
            LocalTime start = later(session.start(), from);
            if (!start.isBefore(session.end())) {
                continue;
            }
            Duration available = Duration.between(start, session.end());
            if (remaining.compareTo(available) <= 0) {
                return Optional.of(start.plus(remaining));
            }
            remaining = remaining.minus(available);
        }
        return Optional.empty();
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
