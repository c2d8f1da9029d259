package org.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.motcua.catalog.ProcedureVersionEntity;
import org.motcua.catalog.domain.DefinitionRules;
import org.motcua.catalog.domain.RuleViolation;
import org.motcua.catalog.domain.VersionStatus;
import org.motcua.catalog.repository.ProcedureRepository;
import org.motcua.contracts.catalog.ProcedureVersion;

/**
 * Bulk import and export of the catalogue. An import is all or nothing and idempotent: a version identical to
 * a stored one (same procedure, same start, same content) is neither created nor published again; a version
 * with the start of a stored one but a different content is a conflict (published history is not rewritten).
 */
@ApplicationScoped
public class CatalogueService {

    private static final int EXPORT_PAGE = 500;

    @Inject
    ProcedureRepository repository;
    @Inject
    ProcedureService procedures;
    @Inject
    VersionCodec codec;
    @Inject
    ProcedureEvents events;

    @Transactional
    public ImportReport importCatalogue(List<CatalogueEntry> entries) {
        int created = 0;
        int unchanged = 0;
        int retired = 0;
        int changedProcedures = 0;
        for (int i = 0; i < entries.size(); i++) {
            CatalogueEntry entry = entries.get(i);
            List<StoredVersion> versions = entry.versions();
            List<Integer> order = IntStream.range(0, versions.size()).boxed()
                    .sorted(Comparator.comparing(j -> versions.get(j).content().effectiveFrom())).toList();
            boolean changed = false;
            for (int j : order) {
                String prefix = "procedures[" + i + "].versions[" + j + "].";
                try {
                    Outcome outcome = importVersion(versions.get(j));
                    created += outcome == Outcome.CREATED || outcome == Outcome.CREATED_RETIRED ? 1 : 0;
                    unchanged += outcome == Outcome.UNCHANGED ? 1 : 0;
                    retired += outcome == Outcome.RETIRED || outcome == Outcome.CREATED_RETIRED ? 1 : 0;
                    changed |= outcome != Outcome.UNCHANGED;
                } catch (RuleViolation e) {
                    throw e.prefixed(prefix);
                }
            }
            if (changed) {
                events.timelineChanged(entry.code());
                changedProcedures++;
            }
        }
        return new ImportReport(entries.size(), created, unchanged, retired, changedProcedures);
    }

    private enum Outcome { CREATED, CREATED_RETIRED, UNCHANGED, RETIRED }

    private Outcome importVersion(StoredVersion imported) {
        ProcedureVersion content = imported.content();
        if (imported.status() == null || imported.status() == VersionStatus.DRAFT) {
            throw RuleViolation.invalid("status", "Chỉ nhập được phiên bản đã công bố (PUBLISHED) hoặc đã bãi bỏ (RETIRED).");
        }
        boolean retire = imported.status() == VersionStatus.RETIRED;
        if (retire && content.effectiveTo() == null) {
            throw RuleViolation.invalid("effectiveTo", "Phiên bản đã bãi bỏ phải có ngày hết hiệu lực.");
        }
        DefinitionRules.check(content);
        ProcedureVersionEntity same = repository.timeline(content.procedureCode()).stream()
                .filter(r -> r.effectiveFrom.equals(content.effectiveFrom())).findFirst().orElse(null);
        if (same != null) {
            if (!same.contentHash.equals(codec.hash(content))) {
                throw RuleViolation.conflict("effectiveFrom", "Thủ tục " + content.procedureCode()
                        + " đã có phiên bản " + same.version + " hiệu lực từ ngày này với nội dung khác; "
                        + "lịch sử đã công bố không được ghi đè, hãy tạo phiên bản mới.");
            }
            if (retire && same.status == VersionStatus.PUBLISHED) {
                procedures.retirePublished(same, content.effectiveTo());
                return Outcome.RETIRED;
            }
            return Outcome.UNCHANGED;
        }
        ProcedureVersionEntity row = procedures.addDraft(content);
        procedures.publishDraft(row);
        if (retire) {
            procedures.retirePublished(row, content.effectiveTo());
            return Outcome.CREATED_RETIRED;
        }
        return Outcome.CREATED;
    }

    /** Every procedure with a published or retired version, in code order, with its whole timeline. */
    @Transactional
    public List<CatalogueEntry> export() {
        List<CatalogueEntry> entries = new ArrayList<>();
        String after = "";
        while (true) {
            List<String> codes = repository.publishedCodes(after, EXPORT_PAGE);
            if (codes.isEmpty()) {
                return entries;
            }
            Map<String, List<StoredVersion>> byCode = new LinkedHashMap<>();
            codes.forEach(code -> byCode.put(code, new ArrayList<>()));
            for (ProcedureVersionEntity row : repository.timelines(codes)) {
                byCode.get(row.procedureCode).add(codec.stored(row));
            }
            byCode.forEach((code, versions) -> entries.add(new CatalogueEntry(code, versions)));
            after = codes.get(codes.size() - 1);
        }
    }
}
