package org.motcua.intake.service;

import io.opentelemetry.context.Context;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.intake.domain.DailySequence;
import org.motcua.intake.domain.IntakeOutcome;

/**
 * A dossier checked and ready to be written: everything but its number, which it gets with the others of its
 * batch ({@link ReceiptLanes}, {@link org.motcua.intake.domain.SequenceClaims}).
 *
 * @param agency the receiving agency, whose daily sequence gives the number
 * @param day the receipt day (Asia/Ho_Chi_Minh), the sequence's day
 * @param now when the request was taken in (the dossier's recording time)
 * @param trace the request's trace context: its event carries it, whichever thread writes the batch
 */
record Receipt(IntakeCommand cmd, String agency, LocalDate day, OffsetDateTime receivedAt, IntakeOutcome outcome,
        OffsetDateTime now, String clientId, String idempotencyKey, String requestHash, Context trace) {

    /** The sequence its number comes from: its agency's receipt day. */
    DailySequence sequence() {
        return new DailySequence(agency, day);
    }

    /** Receipts with the same key are not written in one batch (the second would find the first's record). */
    Object conflictKey() {
        return idempotencyKey == null ? null : List.of(clientId, idempotencyKey);
    }
}
