package org.motcua.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.motcua.commons.logging.DossierMdc;
import org.motcua.commons.problem.Problem;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.intake.Dossier;
import org.motcua.intake.config.IntakeConfig;
import org.motcua.intake.domain.ApplicantRules;
import org.motcua.intake.domain.Document;
import org.motcua.intake.domain.DossierCode;
import org.motcua.intake.domain.IntakeCheck;
import org.motcua.intake.domain.IntakeOutcome;
import org.motcua.intake.domain.InvalidInput;
import org.motcua.intake.domain.ReceiptTimeRule;
import org.motcua.intake.domain.SequenceClaims;
import org.motcua.intake.domain.Violation;
import org.motcua.intake.events.DossierEvents;
import org.motcua.intake.metrics.ReceivedDossiers;
import org.motcua.intake.repository.DossierRepository;
import org.motcua.intake.repository.IdempotencyKeys;

/**
 * Receives a dossier: validates it, checks it against the version in force at receipt, then gives it the agency's
 * next code of the receipt day and records it with its event and, with an Idempotency-Key, the answer, all in one
 * transaction, shared with the other dossiers of its lane received meanwhile ({@link ReceiptLanes}).
 */
@ApplicationScoped
public class IntakeService {

    /** The answer to give: status and JSON body; {@code replayed} when it is a stored first answer. */
    public record Answer(int status, String body, boolean replayed) {
    }

    @Inject
    ProcedureTimelines procedures;
    @Inject
    DossierRepository dossiers;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    DossierEvents events;
    @Inject
    CalendarProvider calendars;
    @Inject
    IntakeConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    ReceivedDossiers received;

    /** Receipts written a batch at a time, an agency always in the same lane; null when each is written alone. */
    private ReceiptLanes<Object, Receipt, Written> lanes;

    @PostConstruct
    void lanes() {
        if (config.receiptBatchSize() > 1) {
            lanes = new ReceiptLanes<>(config.receiptBatchSize(), this::writeBatch, Receipt::conflictKey);
        }
    }

    /**
     * @param idempotencyKey null without the header
     * @param clientId the caller (token subject): keys are per client
     * @param requestHash the canonical request's hash, compared on a repeated key
     */
    public Answer submit(IntakeCommand cmd, boolean intakeOfficer, String clientId, String idempotencyKey,
            String requestHash) {
        try {
            Written written = write(check(cmd, intakeOfficer, clientId, idempotencyKey, requestHash));
            DossierMdc.put(written.code()); // the rest of this request logs about this dossier (cleared by DossierCodeLogFilter)
            return written.answer();
        } catch (KeyTaken | InvalidInput | ProblemException refused) {
            // rolled back; a key already answered gets that first answer, even if the input is refused today
            if (idempotencyKey == null) {
                throw refused;
            }
            DossierMdc.clear();
            return replay(clientId, idempotencyKey, requestHash).orElseThrow(() -> refused);
        }
    }

    /** The code a receipt got, and the answer to give. */
    record Written(String code, Answer answer) {
    }

    /**
     * Validates the request and checks it against the procedure's version in force at receipt, in the timeline
     * held in memory ({@link ProcedureTimelines}): nothing is read from the database before the receipt's write.
     */
    Receipt check(IntakeCommand cmd, boolean intakeOfficer, String clientId, String idempotencyKey,
            String requestHash) {
        OffsetDateTime now = VietnamTime.now();
        OffsetDateTime receivedAt = VietnamTime.at(ReceiptTimeRule.receivedAt(cmd.receivedAt(), cmd.channel(),
                intakeOfficer, now, config.clockSkew()).toInstant());
        validate(cmd);
        LocalDate receiptDay = receivedAt.toLocalDate();
        List<ProcedureVersion> timeline = procedures.timeline(cmd.procedureCode());
        IntakeCheck.inForce(timeline, receiptDay).ifPresent(v -> {
            List<Violation> unknown = IntakeCheck.unknownComponents(v, cmd.documents(), "documents");
            if (!unknown.isEmpty()) {
                throw new InvalidInput(unknown);
            }
        });
        Set<String> provided = cmd.documents().stream().map(Document::componentCode).collect(Collectors.toSet());
        IntakeOutcome outcome = IntakeCheck.check(cmd.procedureCode(), timeline, receiptDay, cmd.channel(),
                cmd.applicant().type(), cmd.agencyCode(), provided);
        return new Receipt(cmd, receivingAgency(cmd, outcome), receiptDay, receivedAt, outcome, now, clientId,
                idempotencyKey, requestHash, Context.current());
    }

    /** Its agency's lane: its agency and day's own with {@code receipt-lanes} 0, else one of that many. */
    private Object lane(Receipt receipt) {
        int count = config.receiptLanes();
        if (count <= 0) {
            return receipt.sequence();
        }
        int h = receipt.agency().hashCode();
        return Math.floorMod(h ^ (h >>> 16), count);
    }

    /** In a batch of its lane; alone when batches are off or a batch shared with others failed. */
    private Written write(Receipt receipt) {
        if (lanes != null) {
            try {
                return lanes.submit(lane(receipt), receipt);
            } catch (ReceiptLanes.BatchFailed failed) {
                if (failed.alone() && failed.getCause() instanceof RuntimeException own) {
                    throw own; // its own failure (a key answered, the database down): not repeated
                }
                // written alone below: a receipt that made its batch fail fails alone, the others go in
            }
        }
        return writeBatch(List.of(receipt)).get(0);
    }

    /**
     * Writes receipts in one transaction, each numbered in its agency's day in the batch's order: the sequences'
     * next numbers, the dossiers, their events and, with a key, each answer as the receipt's last write
     * ({@link KeyTaken} if the key is taken: nothing of the batch is written).
     */
    @Transactional
    List<Written> writeBatch(List<Receipt> receipts) {
        SequenceClaims claims = new SequenceClaims(receipts.stream().map(Receipt::sequence).toList());
        int[] numbers = claims.numbers(dossiers.advanceSequences(claims.counts()));
        List<Dossier> created = new ArrayList<>(receipts.size());
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            String code = new DossierCode(r.agency(), r.day(), numbers[i]).toString();
            Dossier dossier = DossierFactory.create(code, r.agency(), r.cmd(), r.receivedAt(), r.outcome(),
                    calendars.calendar(), r.now());
            dossiers.persist(dossier);
            created.add(dossier);
        }
        List<Written> written = new ArrayList<>(receipts.size());
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            Dossier dossier = created.get(i);
            DossierMdc.put(dossier.code);
            try (Scope scope = r.trace().makeCurrent()) {
                events.outcome(dossier); // the event carries its own request's trace context
            }
            received.afterCommit(r.cmd().channel());
            String body = json(IntakeAnswer.of(dossier));
            if (r.idempotencyKey() != null && !idempotencyKeys.record(r.clientId(), r.idempotencyKey(),
                    r.requestHash(), 201, body, dossier.code)) {
                throw new KeyTaken();
            }
            written.add(new Written(dossier.code, new Answer(201, body, false)));
        }
        return written;
    }

    /** Another request with the same key committed first: this one's work is rolled back. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("Idempotency-Key already answered", null, false, false);
        }
    }

    /** Bad input common to live intake and import: the applicant's identity, phone and email. */
    static void validate(IntakeCommand cmd) {
        List<Violation> violations = new ArrayList<>(ApplicantRules.check(cmd.applicant(), "applicant"));
        if (cmd.agencyCode() != null && !DossierCode.AGENCY.matcher(cmd.agencyCode()).matches()) {
            violations.add(new Violation("agencyCode", "mã cơ quan chỉ gồm chữ, số và dấu chấm (tối đa 40 ký tự)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private String receivingAgency(IntakeCommand cmd, IntakeOutcome outcome) {
        if (cmd.agencyCode() != null) {
            return cmd.agencyCode();
        }
        ProcedureVersion v = outcome.version();
        if (v != null && v.agency() != null && v.agency().code() != null
                && DossierCode.AGENCY.matcher(v.agency().code()).matches()) {
            return v.agency().code();
        }
        return config.defaultAgencyCode();
    }

    /** The first answer given with this key; empty when no request with it was received. */
    @Transactional
    Optional<Answer> replay(String clientId, String key, String requestHash) {
        Optional<IdempotencyKeys.Stored> first = idempotencyKeys.find(clientId, key);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyKeys.Stored stored = first.get();
        if (!stored.requestHash().equals(requestHash)) {
            throw new ProblemException(Problem.of(422, "Idempotency key reused",
                    "Khóa Idempotency-Key này đã được dùng cho một hồ sơ khác; hãy dùng khóa mới cho yêu cầu mới.")
                    .withErrors(List.of(new Problem.FieldError("Idempotency-Key",
                            "khóa đã dùng với nội dung yêu cầu khác"))));
        }
        return Optional.of(new Answer(stored.status(), stored.body(), true));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
