package org.motcua.intake.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.motcua.intake.domain.DossierStatus;

/**
 * One change of a dossier learnt from processing, as {@link DossierRepository#applyProcessingChange} writes it:
 * a new status (null: none) with its national code and, for a supplement request, the missing components as a
 * JSON array (null: unchanged); whether the due date moved, and to what (null: no date while the clock is
 * paused); when it happened.
 */
public record ProcessingChange(String dossierCode, OffsetDateTime occurredAt, DossierStatus status,
        int nationalStatusCode, String missingJson, boolean dueChanged, LocalDate dueDate, OffsetDateTime dueAt) {
}
