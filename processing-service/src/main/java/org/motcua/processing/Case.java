package org.motcua.processing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.motcua.calendar.DueDate;
import org.motcua.contracts.Channel;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.processing.CaseState;
import org.motcua.processing.domain.ClockMode;
import org.motcua.processing.domain.CaseSnapshot;
import org.motcua.processing.domain.TransitionOutcome;

/** Hồ sơ đang giải quyết: one received dossier in processing, keyed by its dossier code. */
@Entity(name = "ProcessingCase")
@Table(name = "processing_case")
public class Case {

    @Id
    @Column(name = "dossier_code")
    public String dossierCode;
    public String procedureCode;
    public int procedureVersion;
    public String procedureName;
    public String agencyCode;
    public String agencyName;
    public String fieldCode;
    public String fieldName;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public OffsetDateTime receivedAt;
    public int committedValue;
    @Enumerated(EnumType.STRING)
    public DurationUnit committedUnit;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    public LocalDate dueDate;
    public OffsetDateTime dueAt;
    public LocalDate originalDueDate;
    @Enumerated(EnumType.STRING)
    public ClockMode clockMode;
    public OffsetDateTime pausedSince;
    public int pausedWorkingDays;
    public long pausedWorkingMinutes;
    public boolean extended;
    public int supplementRequests;
    public String unit;
    public String officer;
    public OffsetDateTime lastOccurredAt;
    /** Number of steps recorded; the next step's sequence number. */
    public int steps;
    public OffsetDateTime openedAt;
    @Version
    public long version;

    public ProcessingDuration committed() {
        return new ProcessingDuration(committedValue, committedUnit);
    }

    public DueDate due() {
        return new DueDate(dueDate, VietnamTime.at(dueAt.toInstant()));
    }

    public CaseSnapshot snapshot() {
        return new CaseSnapshot(state, receivedAt, committed(), due(), clockMode, pausedSince, pausedWorkingDays,
                pausedWorkingMinutes, extended, supplementRequests, lastOccurredAt);
    }

    /** Applies an allowed transition's outcome. */
    public void apply(TransitionOutcome outcome, String newUnit, String newOfficer) {
        state = outcome.toState();
        dueDate = outcome.dueAfter().dueDate();
        dueAt = outcome.dueAfter().dueAt();
        pausedSince = outcome.pausedSince();
        pausedWorkingDays = outcome.pausedWorkingDays();
        pausedWorkingMinutes = outcome.pausedWorkingMinutes();
        extended = outcome.extended();
        supplementRequests = outcome.supplementRequests();
        lastOccurredAt = outcome.occurredAt();
        steps++;
        if (newUnit != null) {
            unit = newUnit;
        }
        if (newOfficer != null) {
            officer = newOfficer;
        }
    }
}
