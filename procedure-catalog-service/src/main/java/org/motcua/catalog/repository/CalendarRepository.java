package org.motcua.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.motcua.catalog.CalendarYearEntity;

/** Working-day calendar years. */
@ApplicationScoped
public class CalendarRepository {

    @Inject
    EntityManager em;

    public List<CalendarYearEntity> all() {
        return em.createQuery("FROM CalendarYearEntity ORDER BY year", CalendarYearEntity.class).getResultList();
    }

    public Optional<CalendarYearEntity> find(int year) {
        return Optional.ofNullable(em.find(CalendarYearEntity.class, year));
    }

    public Optional<CalendarYearEntity> lock(int year) {
        return Optional.ofNullable(em.find(CalendarYearEntity.class, year, LockModeType.PESSIMISTIC_WRITE));
    }

    public long count() {
        return em.createQuery("SELECT count(c) FROM CalendarYearEntity c", Long.class).getSingleResult();
    }

    /** Inserts the year unless it exists (several instances may seed at once); true if this call inserted it. */
    public boolean insertIfAbsent(int year, String content, boolean provisional) {
        return em.createNativeQuery("""
                INSERT INTO calendar_year (year, content, provisional, updated_at, lock_version)
                VALUES (:year, :content, :provisional, now(), 0) ON CONFLICT (year) DO NOTHING""")
                .setParameter("year", year).setParameter("content", content)
                .setParameter("provisional", provisional).executeUpdate() == 1;
    }

    public void persist(CalendarYearEntity entity) {
        em.persist(entity);
    }
}
