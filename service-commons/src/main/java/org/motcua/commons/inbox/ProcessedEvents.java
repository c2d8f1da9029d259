package org.motcua.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.motcua.contracts.EventEnvelope;

/**
 * The record of the events each consumer has handled ({@code processed_event}), written in the handler's own
 * transaction: an event recorded here changes nothing when it comes again.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String INSERT_ALL = """
            INSERT INTO processed_event (consumer_name, event_id, event_type, subject)
            SELECT ?, e.id, e.type, e.subject FROM unnest(?::text[], ?::text[], ?::text[]) AS e(id, type, subject)
            ON CONFLICT DO NOTHING RETURNING event_id""";

    @Inject
    EntityManager entityManager;

    /** Records {@code event} for {@code consumer}; false if it was already recorded. */
    public boolean firstTime(String consumer, EventEnvelope event) {
        return !firstTimes(consumer, List.of(event)).isEmpty();
    }

    /**
     * Records a poll's events for {@code consumer} in one statement and returns the ids of those not recorded
     * before (an id twice in {@code events} is returned once): the caller handles each of these once.
     */
    public Set<String> firstTimes(String consumer, List<EventEnvelope> events) {
        String[] ids = new String[events.size()];
        String[] types = new String[events.size()];
        String[] subjects = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).id();
            types[i] = events.get(i).type();
            subjects[i] = events.get(i).subject();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                Array idArray = connection.createArrayOf("text", ids);
                Array typeArray = connection.createArrayOf("text", types);
                Array subjectArray = connection.createArrayOf("text", subjects);
                insert.setString(1, consumer);
                insert.setArray(2, idArray);
                insert.setArray(3, typeArray);
                insert.setArray(4, subjectArray);
                Set<String> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
                return fresh;
            }
        });
    }
}
