package org.motcua.intake.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.motcua.contracts.catalog.CalendarYear;

/** The replica of the catalogue's working-day calendars, one row per year. */
@ApplicationScoped
public class CalendarReplica {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    public void save(CalendarYear year) {
        try {
            em.createNativeQuery("""
                    INSERT INTO calendar_year (year, payload) VALUES (:year, CAST(:payload AS jsonb))
                    ON CONFLICT (year) DO UPDATE SET payload = EXCLUDED.payload""")
                    .setParameter("year", year.year()).setParameter("payload", mapper.writeValueAsString(year))
                    .executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<CalendarYear> all() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT CAST(payload AS text) FROM calendar_year ORDER BY year")
                .getResultList();
        List<CalendarYear> years = new ArrayList<>();
        for (Object row : rows) {
            try {
                years.add(mapper.readValue((String) row, CalendarYear.class));
            } catch (Exception e) {
                throw new IllegalStateException("Corrupt calendar year in the replica", e);
            }
        }
        return years;
    }
}
