package org.motcua.intake.service;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.intake.Dossier;
import org.motcua.intake.config.IntakeConfig;
import org.motcua.intake.domain.DailySequence;
import org.motcua.intake.domain.Document;
import org.motcua.intake.domain.DossierCode;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.domain.IntakeCheck;
import org.motcua.intake.domain.IntakeOutcome;
import org.motcua.intake.domain.InvalidInput;
import org.motcua.intake.domain.Violation;
import org.motcua.intake.events.DossierEvents;
import org.motcua.intake.repository.DossierRepository;
import org.motcua.intake.repository.ProcedureReplica;
import org.motcua.intake.rest.ImportLine;
import org.motcua.intake.service.ImportReport.LineError;

/**
 * Historical import from a legacy one-stop system. Each line is validated like a live submission (applicant,
 * procedure version in force at its receipt, components, channel) and keeps its original code; valid lines
 * are recorded in chunks of {@code motcua.intake.import-chunk-size}, one transaction each, with the same
 * events as live dossiers ({@code imported = true}). A code already recorded is skipped, unchanged: importing
 * a file twice changes nothing. The legacy system's agency is the code's prefix; its appointment date, when
 * given, replaces the computed one.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    ProcedureReplica procedures;
    @Inject
    DossierRepository dossiers;
    @Inject
    DossierEvents events;
    @Inject
    CalendarProvider calendars;
    @Inject
    IntakeConfig config;

    private record Prepared(int line, DossierCode code, IntakeCommand cmd, IntakeOutcome outcome, LocalDate dueDate) {
    }

    /** One import: counters, the chunk being filled, and the procedure timelines read so far. */
    private final class Run {
        int lines;
        int imported;
        int duplicates;
        int rejected;
        final List<LineError> errors = new ArrayList<>();
        boolean truncated;
        final List<Prepared> chunk = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Map<String, List<ProcedureVersion>> timelines = new HashMap<>();
        final WorkingCalendar calendar = calendars.calendar();
        final OffsetDateTime now = VietnamTime.now();

        void accept(ImportLineReader.RawLine raw) {
            lines++;
            List<LineError> lineErrors = new ArrayList<>();
            Prepared prepared = prepare(raw, lineErrors);
            if (!lineErrors.isEmpty()) {
                rejected++;
                for (LineError error : lineErrors) {
                    if (errors.size() < ImportReport.MAX_ERRORS) {
                        errors.add(error);
                    } else {
                        truncated = true;
                    }
                }
                return;
            }
            if (!seen.add(prepared.code().toString())) {
                duplicates++;
                return;
            }
            chunk.add(prepared);
            if (chunk.size() >= config.importChunkSize()) {
                flush();
            }
        }

        Prepared prepare(ImportLineReader.RawLine raw, List<LineError> out) {
            int n = raw.number();
            if (raw.node() == null) {
                out.add(new LineError(n, null, "line", raw.unreadable()));
                return null;
            }
            String codeText = raw.node().path("code").isTextual() ? raw.node().path("code").asText() : null;
            ImportLine line;
            try {
                line = mapper.treeToValue(raw.node(), ImportLine.class);
            } catch (JsonMappingException e) {
                out.add(new LineError(n, codeText, pathOf(e), "kiểu dữ liệu không đúng hoặc trường không được hỗ trợ"));
                return null;
            } catch (IOException e) {
                out.add(new LineError(n, codeText, "line", "dòng không đọc được"));
                return null;
            }
            for (ConstraintViolation<ImportLine> v : validator.validate(line)) {
                out.add(new LineError(n, codeText, v.getPropertyPath().toString(), v.getMessage()));
            }
            if (!out.isEmpty()) {
                out.sort(Comparator.comparing(LineError::field));
                return null;
            }
            DossierCode code = DossierCode.parse(line.code()).orElse(null);
            if (code == null) {
                out.add(new LineError(n, codeText, "code", "mã hồ sơ phải có dạng <mã cơ quan>-YYMMDD-NNNN"));
                return null;
            }
            if (line.receivedAt().isAfter(now)) {
                out.add(new LineError(n, codeText, "receivedAt", "thời điểm tiếp nhận không được ở tương lai"));
                return null;
            }
            IntakeCommand cmd = line.toCommand(code.agencyCode());
            OffsetDateTime receivedAt = VietnamTime.at(cmd.receivedAt().toInstant());
            try {
                IntakeService.validate(cmd);
            } catch (InvalidInput e) {
                e.violations().forEach(v -> out.add(new LineError(n, codeText, v.field(), v.reason())));
                return null;
            }
            List<ProcedureVersion> timeline = timelines.computeIfAbsent(cmd.procedureCode(),
                    c -> QuarkusTransaction.requiringNew().call(() -> procedures.timeline(c)));
            LocalDate day = receivedAt.toLocalDate();
            IntakeCheck.inForce(timeline, day).ifPresent(v -> {
                for (Violation u : IntakeCheck.unknownComponents(v, cmd.documents(), "documents")) {
                    out.add(new LineError(n, codeText, u.field(), u.reason()));
                }
            });
            if (!out.isEmpty()) {
                return null;
            }
            Set<String> provided = cmd.documents().stream().map(Document::componentCode).collect(Collectors.toSet());
            IntakeOutcome outcome = IntakeCheck.check(cmd.procedureCode(), timeline, day, cmd.channel(),
                    cmd.applicant().type(), null, provided);
            if (outcome instanceof IntakeOutcome.NotReceived refused) {
                out.add(new LineError(n, codeText, refused.reasonCode().field, refused.reason()));
                return null;
            }
            if (line.dueDate() != null && line.dueDate().isBefore(day)) {
                out.add(new LineError(n, codeText, "dueDate", "ngày hẹn trả không được trước ngày tiếp nhận"));
                return null;
            }
            return new Prepared(n, code, cmd, outcome, line.dueDate());
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<Prepared> batch = List.copyOf(chunk);
            chunk.clear();
            for (int attempt = 1;; attempt++) {
                try {
                    int[] counts = QuarkusTransaction.requiringNew().call(() -> record(batch));
                    imported += counts[0];
                    duplicates += counts[1];
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= 2) {
                        throw e;
                    }
                    LOG.warnf("Import chunk failed (%s), retrying once: a concurrent import of the same codes?",
                            e.getClass().getSimpleName());
                }
            }
        }

        int[] record(List<Prepared> batch) {
            Set<String> existing = dossiers.existing(batch.stream().map(p -> p.code().toString()).toList());
            SortedMap<DailySequence, Integer> highest = new TreeMap<>(); // rows locked in live intake's order
            List<Dossier> recorded = new ArrayList<>();
            for (Prepared p : batch) {
                String code = p.code().toString();
                if (existing.contains(code)) {
                    continue;
                }
                OffsetDateTime receivedAt = VietnamTime.at(p.cmd().receivedAt().toInstant());
                Dossier d = DossierFactory.create(code, p.code().agencyCode(), p.cmd(), receivedAt, p.outcome(),
                        calendar, now);
                d.imported = true;
                if (p.dueDate() != null && d.status == DossierStatus.RECEIVED) {
                    d.dueDate = p.dueDate();
                    d.dueAt = calendar.endOfWorkingHours(p.dueDate());
                }
                dossiers.persist(d);
                recorded.add(d);
                highest.merge(new DailySequence(p.code().agencyCode(), p.code().receiptDay()), p.code().sequence(),
                        Math::max);
            }
            // one batched insert of the chunk's dossiers, before the outbox's native inserts would flush them one by one
            dossiers.flushAndDetach();
            recorded.forEach(events::outcome);
            highest.forEach(dossiers::raiseSequence);
            return new int[] {recorded.size(), batch.size() - recorded.size()};
        }
    }

    /** Reads and imports the whole body; broken framing (not an array, unclosed) stops the reading there. */
    public ImportReport run(InputStream body, boolean ndjson) throws IOException {
        Run run = new Run();
        try {
            ImportLineReader.read(body, ndjson, mapper, run::accept);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            run.rejected++;
            run.errors.add(new LineError(run.lines + 1, null, "body", "nội dung dừng ở đây vì không đọc được: "
                    + e.getOriginalMessage()));
        }
        run.flush();
        LOG.infof("Historical import: %d lines, %d imported, %d duplicates, %d rejected", run.lines, run.imported,
                run.duplicates, run.rejected);
        return new ImportReport(run.lines, run.imported, run.duplicates, run.rejected, run.truncated, run.errors);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "line" : path.toString();
    }
}
