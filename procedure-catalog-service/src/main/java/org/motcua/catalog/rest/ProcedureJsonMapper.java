package org.motcua.catalog.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.motcua.catalog.domain.VersionStatus;
import org.motcua.catalog.rest.ProcedureJson.CodeNameJson;
import org.motcua.catalog.rest.ProcedureJson.ComponentJson;
import org.motcua.catalog.rest.ProcedureJson.DurationJson;
import org.motcua.catalog.rest.ProcedureJson.FeeJson;
import org.motcua.catalog.rest.ProcedureJson.LegalDocumentJson;
import org.motcua.catalog.rest.ProcedureJson.ProcessingTimeJson;
import org.motcua.catalog.service.StoredVersion;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.Fee;
import org.motcua.contracts.catalog.LegalDocument;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.catalog.ProcessingTime;

/** Between the API's {@link ProcedureJson} and the contract's {@link ProcedureVersion}. */
final class ProcedureJsonMapper {

    private ProcedureJsonMapper() {
    }

    static ProcedureVersion toContract(String code, ProcedureJson j) {
        return new ProcedureVersion(code, 0, j.name().strip(), codeName(j.field()), codeName(j.agency()),
                list(j.applicantTypes(), Function.identity()), list(j.channels(), Function.identity()), j.onlineLevel(),
                list(j.components(), c -> new DossierComponent(c.code(), c.name(), c.mandatory(), c.originals(),
                        c.copies(), c.templateForm())),
                time(j.processingTime()), times(j.processingTimeByChannel()),
                list(j.fees(), f -> new Fee(f.description(), f.amountVnd())), j.result(),
                list(j.legalBasis(), l -> new LegalDocument(l.number(), l.title())), j.conditions(),
                j.effectiveFrom(), j.effectiveTo());
    }

    static ProcedureJson toJson(StoredVersion stored, boolean withCode) {
        ProcedureVersion v = stored.content();
        return new ProcedureJson(withCode ? v.procedureCode() : null, v.version(), stored.status(), v.name(),
                codeNameJson(v.field()), codeNameJson(v.agency()), v.applicantTypes(), v.channels(), v.onlineLevel(),
                list(v.components(), c -> new ComponentJson(c.code(), c.name(), c.mandatory(), c.originals(), c.copies(),
                        c.templateForm())),
                timeJson(v.processingTime()), timesJson(v.processingTimeByChannel()),
                list(v.fees(), f -> new FeeJson(f.description(), f.amountVnd())), v.result(),
                list(v.legalBasis(), l -> new LegalDocumentJson(l.number(), l.title())), v.conditions(),
                v.effectiveFrom(), v.effectiveTo());
    }

    static StoredVersion toStored(String code, ProcedureJson j) {
        return new StoredVersion(toContract(code, j), j.status());
    }

    static ProcedureSummary summary(StoredVersion stored) {
        ProcedureVersion v = stored.content();
        return new ProcedureSummary(v.procedureCode(), v.version(), stored.status(), v.name(), codeNameJson(v.field()),
                codeNameJson(v.agency()), v.onlineLevel(), timeJson(v.processingTime()), v.effectiveFrom(),
                v.effectiveTo());
    }

    private static CodeName codeName(CodeNameJson j) {
        return new CodeName(j.code().strip(), j.name().strip());
    }

    private static CodeNameJson codeNameJson(CodeName c) {
        return c == null ? null : new CodeNameJson(c.code(), c.name());
    }

    private static ProcessingTime time(ProcessingTimeJson j) {
        return new ProcessingTime(new ProcessingDuration(j.statutory().value(), j.statutory().unit()),
                new ProcessingDuration(j.committed().value(), j.committed().unit()));
    }

    private static ProcessingTimeJson timeJson(ProcessingTime t) {
        return t == null ? null : new ProcessingTimeJson(
                new DurationJson(t.statutory().value(), t.statutory().unit()),
                new DurationJson(t.committed().value(), t.committed().unit()));
    }

    private static Map<Channel, ProcessingTime> times(Map<Channel, ProcessingTimeJson> byChannel) {
        if (byChannel == null || byChannel.isEmpty()) {
            return Map.of();
        }
        Map<Channel, ProcessingTime> result = new LinkedHashMap<>();
        byChannel.forEach((channel, t) -> result.put(channel, time(t)));
        return result;
    }

    private static Map<Channel, ProcessingTimeJson> timesJson(Map<Channel, ProcessingTime> byChannel) {
        if (byChannel == null || byChannel.isEmpty()) {
            return null;
        }
        Map<Channel, ProcessingTimeJson> result = new LinkedHashMap<>();
        byChannel.forEach((channel, t) -> result.put(channel, timeJson(t)));
        return result;
    }

    private static <A, B> List<B> list(List<A> items, Function<A, B> map) {
        return items == null ? List.of() : items.stream().map(map).toList();
    }
}
