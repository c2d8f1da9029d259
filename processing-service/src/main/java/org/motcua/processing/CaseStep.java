package org.motcua.processing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.DueDateChangeReason;

/**
 * One line of the tracking slip (phiếu kiểm soát quá trình giải quyết, form 05): a transition with its business
 * time, who recorded it and when, and the deadline in force before and after. Written once, never updated.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String dossierCode;
    public int seq;
    @Enumerated(EnumType.STRING)
    public CaseAction action;
    @Enumerated(EnumType.STRING)
    public CaseState fromState;
    @Enumerated(EnumType.STRING)
    public CaseState toState;
    public OffsetDateTime occurredAt;
    public OffsetDateTime recordedAt;
    public String recordedBy;
    public String recordedRole;
    public String recordedUnit;
    /** Migrated step (flag MIGRATED): who actually entered it; {@code recordedAt} is then the legacy one. */
    public String migratedBy;
    /** Migrated step: when it was actually entered here. */
    public OffsetDateTime migratedAt;
    public String unit;
    public String officer;
    public String decisionNumber;
    public LocalDate decisionDate;
    public String decisionSigner;
    public String decisionReason;
    public String reason;
    /** Newline-separated. */
    public String missingComponents;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** Comma-separated. */
    public String flags;
    public LocalDate dueDateBefore;
    public OffsetDateTime dueAtBefore;
    public LocalDate dueDateAfter;
    public OffsetDateTime dueAtAfter;
    @Enumerated(EnumType.STRING)
    public DueDateChangeReason dueChangeReason;
    public String dueChangeText;
    /** The step happened while the clock was stopped for a supplement: it is not timed against the deadline. */
    public boolean clockPaused;
}
