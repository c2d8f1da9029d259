package org.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureVersionEntity;
import org.motcua.catalog.domain.DefinitionRules;
import org.motcua.catalog.domain.RuleViolation;
import org.motcua.catalog.domain.SearchText;
import org.motcua.catalog.domain.Slot;
import org.motcua.catalog.domain.Timeline;
import org.motcua.catalog.domain.VersionStatus;
import org.motcua.catalog.repository.ProcedureRepository;
import org.motcua.catalog.repository.ProcedureSearch;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.ProcedureVersion;

/** Drafts, publishes and retires procedure versions; every change to a published timeline is announced. */
@ApplicationScoped
public class ProcedureService {

    @Inject
    ProcedureRepository repository;
    @Inject
    VersionCodec codec;
    @Inject
    ProcedureEvents events;
    @Inject
    ProcedureSearch search;

    /** Records {@code definition} as a new draft version of its procedure (creating the procedure if new). */
    @Transactional
    public StoredVersion createDraft(ProcedureVersion definition) {
        DefinitionRules.check(definition);
        return codec.stored(addDraft(definition));
    }

    /** Publishes a draft: it joins the timeline and closes the previous open-ended version at its start. */
    @Transactional
    public StoredVersion publish(String code, int version) {
        lockProcedure(code);
        ProcedureVersionEntity row = existing(code, version);
        if (row.status != VersionStatus.DRAFT) {
            throw RuleViolation.conflict("status", "Phiên bản " + version + " không phải dự thảo (trạng thái "
                    + row.status + ").");
        }
        publishDraft(row);
        events.timelineChanged(code);
        return codec.stored(row);
    }

    /** Retires the latest published version: it is no longer in force from {@code effectiveTo}. */
    @Transactional
    public StoredVersion retire(String code, int version, LocalDate effectiveTo) {
        lockProcedure(code);
        ProcedureVersionEntity row = existing(code, version);
        retirePublished(row, effectiveTo);
        events.timelineChanged(code);
        return codec.stored(row);
    }

    /** The version in force on {@code day}. */
    @Transactional
    public Optional<StoredVersion> inForce(String code, LocalDate day) {
        List<ProcedureVersionEntity> timeline = repository.timeline(code);
        return timeline.stream().filter(r -> r.slot().inForceOn(day)).findFirst().map(codec::stored);
    }

    /** Every version, drafts only when asked for. */
    @Transactional
    public List<StoredVersion> versions(String code, boolean withDrafts) {
        List<StoredVersion> versions = repository.versions(code).stream()
                .filter(r -> withDrafts || r.status != VersionStatus.DRAFT).map(codec::stored).toList();
        if (versions.isEmpty()) {
            throw unknown(code);
        }
        return versions;
    }

    @Transactional
    public StoredVersion version(String code, int version, boolean withDrafts) {
        return repository.version(code, version).filter(r -> withDrafts || r.status != VersionStatus.DRAFT)
                .map(codec::stored).orElseThrow(() -> ProblemException.notFound("Không tìm thấy phiên bản " + version
                        + " của thủ tục " + code + "."));
    }

    @Transactional
    public boolean exists(String code) {
        return !repository.timeline(code).isEmpty();
    }

    /** One page of procedures matching every query word, by their version current on {@code today}. */
    @Transactional
    public SearchResult search(String query, String field, String agency, LocalDate today, int page, int size) {
        ProcedureSearch.Page found = search.search(SearchText.terms(query), blankToNull(field), blankToNull(agency),
                today, page, size);
        return new SearchResult(found.items().stream().map(codec::stored).toList(), found.total());
    }

    public record SearchResult(List<StoredVersion> items, long total) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- shared with the import, inside the caller's transaction ---

    ProcedureVersionEntity addDraft(ProcedureVersion definition) {
        repository.insertIfAbsent(definition.procedureCode());
        Procedure procedure = repository.lock(definition.procedureCode()).orElseThrow();
        ProcedureVersionEntity row = new ProcedureVersionEntity();
        row.procedureCode = procedure.code;
        row.version = procedure.allocateVersion();
        row.status = VersionStatus.DRAFT;
        row.createdAt = VietnamTime.now();
        codec.write(row, definition);
        repository.persist(row);
        return row;
    }

    void publishDraft(ProcedureVersionEntity draft) {
        List<ProcedureVersionEntity> timeline = repository.timeline(draft.procedureCode);
        List<Slot> slots = timeline.stream().map(ProcedureVersionEntity::slot).toList();
        Timeline.publish(slots, draft.effectiveFrom, draft.effectiveTo).ifPresent(closing -> timeline.stream()
                .filter(r -> r.version == closing.version()).forEach(r -> r.effectiveTo = closing.to()));
        draft.status = VersionStatus.PUBLISHED;
        draft.publishedAt = VietnamTime.now();
        repository.flush();
    }

    void retirePublished(ProcedureVersionEntity row, LocalDate effectiveTo) {
        if (row.status == VersionStatus.DRAFT) {
            throw RuleViolation.conflict("status", "Phiên bản " + row.version + " còn là dự thảo; dự thảo không cần bãi bỏ.");
        }
        Timeline.retire(repository.timeline(row.procedureCode).stream().map(ProcedureVersionEntity::slot).toList(),
                row.version, effectiveTo);
        row.status = VersionStatus.RETIRED;
        row.effectiveTo = effectiveTo;
        row.retiredAt = VietnamTime.now();
        repository.flush();
    }

    void lockProcedure(String code) {
        repository.lock(code).orElseThrow(() -> unknown(code));
    }

    private ProcedureVersionEntity existing(String code, int version) {
        return repository.version(code, version).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy phiên bản " + version + " của thủ tục " + code + "."));
    }

    static ProblemException unknown(String code) {
        return ProblemException.notFound("Không tìm thấy thủ tục có mã " + code + ".");
    }
}
