package org.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The working-day calendar of one year; {@code content} is the contract's {@code CalendarYear} JSON. */
@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

    @Id
    public int year;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public boolean provisional;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;
}
