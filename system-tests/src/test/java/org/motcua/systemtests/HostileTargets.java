package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.systemtests.HostileField.Kind.BOOL;
import static org.motcua.systemtests.HostileField.Kind.CODE;
import static org.motcua.systemtests.HostileField.Kind.DATE;
import static org.motcua.systemtests.HostileField.Kind.ENUM;
import static org.motcua.systemtests.HostileField.Kind.INSTANT;
import static org.motcua.systemtests.HostileField.Kind.INT;
import static org.motcua.systemtests.HostileField.Kind.LIST;
import static org.motcua.systemtests.HostileField.Kind.OBJECT;
import static org.motcua.systemtests.HostileField.count;
import static org.motcua.systemtests.HostileField.optional;
import static org.motcua.systemtests.HostileField.required;
import static org.motcua.systemtests.HostileField.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.motcua.contracts.VietnamTime;
import org.motcua.replay.SuiteClient;

/**
 * Every write endpoint (POST, PUT, PATCH, DELETE) of the four services, each with a valid request on real data of
 * the running suite: a draft of its own to publish, the reference catalogue's SGDDT-015, the 2025 calendar, a
 * dossier of its own and its case. RoleMatrixIT lists the same endpoints.
 */
final class HostileTargets {

    private static final SuiteClient CLIENT = SuiteSteps.CLIENT;

    private HostileTargets() {
    }

    static Map<String, HostileTarget> build() throws Exception {
        SuiteSteps.importReferenceCatalogue();
        String catalog = SuiteSteps.suite().url(Suite.CATALOG);
        JsonNode procedure = get(catalog + "/api/v1/procedures/" + SuiteSteps.PROCEDURE, null);
        ObjectNode draft = procedure.deepCopy();
        draft.remove(List.of("version", "status", "effectiveTo"));
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        draft.put("code", "HST." + stamp);
        SuiteClient.Answer created = CLIENT.post(catalog + "/api/v1/procedures", "catalog-admin", draft);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        ObjectNode newDraft = draft.deepCopy().put("code", "HST.NEW." + stamp);

        String dossier = SuiteSteps.submitDossier("Hà Văn Thử").path("code").asText();
        JsonNode caseBefore = SuiteSteps.awaitCase(dossier, Duration.ofSeconds(60));
        assertThat(caseBefore.path("state").asText()).isEqualTo("RECEIVED");

        Map<String, HostileTarget> targets = new LinkedHashMap<>();
        add(targets, new HostileTarget("catalog POST /procedures", Suite.CATALOG, "POST", "/api/v1/procedures",
                Map.of(), "catalog-admin", newDraft, procedureFields(""), false, false, HostileTarget.JSON));
        add(targets, new HostileTarget("catalog POST /procedures/{code}/versions/{version}/publish", Suite.CATALOG,
                "POST", "/api/v1/procedures/{code}/versions/{version}/publish",
                ordered("code", "HST." + stamp, "version", "1"), "catalog-admin", null, List.of(), true, true,
                HostileTarget.JSON));
        add(targets, new HostileTarget("catalog POST /procedures/{code}/versions/{version}/retire", Suite.CATALOG,
                "POST", "/api/v1/procedures/{code}/versions/{version}/retire",
                ordered("code", SuiteSteps.PROCEDURE, "version", procedure.path("version").asText()), "catalog-admin",
                json("{\"effectiveTo\":\"2099-01-01\"}"), List.of(required("/effectiveTo", DATE)), false, false,
                HostileTarget.JSON));
        JsonNode export = get(catalog + "/api/v1/catalogue/export", null);
        ObjectNode document = json("{\"procedures\":[]}").deepCopy();
        for (JsonNode entry : export.path("procedures")) {
            if (SuiteSteps.PROCEDURE.equals(entry.path("code").asText())) {
                ((ArrayNode) document.get("procedures")).add(entry);
            }
        }
        List<HostileField> importFields = new ArrayList<>(List.of(required("/procedures", LIST),
                required("/procedures/0/code", CODE), required("/procedures/0/versions", LIST)));
        importFields.addAll(procedureFields("/procedures/0/versions/0").stream()
                .filter(f -> !f.pointer().endsWith("/code") || f.pointer().contains("/field/")
                        || f.pointer().contains("/agency/") || f.pointer().contains("/components/")).toList());
        add(targets, new HostileTarget("catalog POST /catalogue/import", Suite.CATALOG, "POST",
                "/api/v1/catalogue/import", Map.of(), "catalog-admin", document, importFields, false, false,
                HostileTarget.JSON));
        JsonNode calendar = get(catalog + "/api/v1/calendar/2025", null);
        add(targets, new HostileTarget("catalog PUT /calendar/{year}", Suite.CATALOG, "PUT", "/api/v1/calendar/{year}",
                Map.of("year", "2025"), "catalog-admin", calendar, List.of(optional("/year", INT),
                        optional("/zone", CODE), optional("/workingHours", LIST),
                        optional("/workingHours/0/start", DATE), optional("/workingHours/0", OBJECT),
                        optional("/daysOff", LIST), optional("/daysOff/0/date", DATE), optional("/daysOff/0", OBJECT),
                        optional("/daysOff/0/reason", HostileField.Kind.TEXT), optional("/makeUpWorkingDays", LIST),
                        optional("/provisional", BOOL), optional("/legalBasis", HostileField.Kind.TEXT)),
                false, false, HostileTarget.JSON));

        ObjectNode newDossier = json("""
                {"procedureCode":"SGDDT-015","agencyCode":"SGDDT","channel":"DIRECT",
                 "applicant":{"type":"CITIZEN","name":"Lê Thị Mai","identityNumber":"001203004567",
                   "phone":"0912345678","email":"mai@example.vn","address":"12 Lê Lợi, Huế"},
                 "documents":[{"componentCode":"TP01","title":"Đơn đề nghị","originals":1,"copies":0,
                   "fileRef":"s3://bucket/tp01.pdf"}],
                 "receivedAt":"%s"}""".formatted(VietnamTime.now().minusMinutes(5).withNano(0))).deepCopy();
        add(targets, new HostileTarget("intake POST /dossiers", Suite.INTAKE, "POST", "/api/v1/dossiers", Map.of(),
                "intake-officer", newDossier, dossierFields(""), false, false, HostileTarget.JSON));
        add(targets, new HostileTarget("intake POST /dossiers/{code}/supplements", Suite.INTAKE, "POST",
                "/api/v1/dossiers/{code}/supplements", Map.of("code", dossier), "portal",
                json("{\"documents\":[{\"componentCode\":\"TP01\",\"title\":\"Bản bổ sung\",\"originals\":1,"
                        + "\"copies\":1,\"fileRef\":\"s3://b/1.pdf\"}]}"),
                List.of(required("/documents", LIST), optional("/documents/0", OBJECT),
                        text("/documents/0/componentCode", true, 60), text("/documents/0/title", false, 300),
                        count("/documents/0/originals", false, 100), count("/documents/0/copies", false, 100),
                        text("/documents/0/fileRef", false, 500)), false, false, HostileTarget.JSON));
        add(targets, new HostileTarget("intake POST /dossiers/{code}/withdrawal", Suite.INTAKE, "POST",
                "/api/v1/dossiers/{code}/withdrawal", Map.of("code", dossier), "intake-officer",
                json("{\"reason\":\"Công dân không còn nhu cầu\"}"), List.of(text("/reason", false, 1000)), true,
                false, HostileTarget.JSON));
        ObjectNode line = newDossier.deepCopy();
        line.remove("agencyCode");
        line.put("code", "SGDDT-200106-9" + stamp.substring(0, 3));
        line.put("receivedAt", "2020-01-06T09:00:00+07:00");
        line.put("dueDate", "2020-01-13");
        ArrayNode lines = HostileJson.MAPPER.createArrayNode().add(line);
        List<HostileField> lineFields = new ArrayList<>(List.of(optional("/0", OBJECT), required("/0/code", CODE),
                optional("/0/dueDate", DATE)));
        lineFields.addAll(dossierFields("/0").stream().filter(f -> !f.pointer().equals("/0/agencyCode")).toList());
        add(targets, new HostileTarget("intake POST /imports/dossiers", Suite.INTAKE, "POST",
                "/api/v1/imports/dossiers", Map.of(), "ops", lines, lineFields, false, false,
                Set.of("application/json", "application/x-ndjson")));

        ObjectNode transition = json("""
                {"action":"ASSIGN","occurredAt":"%s","unit":"Phòng Giáo dục thường xuyên","officer":"Nguyễn Văn An",
                 "decision":{"number":"12/QĐ-SGDĐT","date":"2026-01-05","signer":"Trần Văn Bình","reason":"Đủ điều kiện"},
                 "reason":"Phân công xử lý","newDueDate":"2099-12-31","channel":"DIRECT","missingComponents":["TP03"]}"""
                .formatted(VietnamTime.now().withNano(0))).deepCopy();
        add(targets, new HostileTarget("processing POST /cases/{code}/transitions", Suite.PROCESSING, "POST",
                "/api/v1/cases/{code}/transitions", Map.of("code", dossier), "unit-head", transition,
                List.of(required("/action", ENUM), optional("/occurredAt", INSTANT), text("/unit", false, 200),
                        text("/officer", false, 200), optional("/decision", OBJECT),
                        text("/decision/number", false, 100), optional("/decision/date", DATE),
                        text("/decision/signer", false, 200), text("/decision/reason", false, 4000),
                        text("/reason", false, 4000), optional("/newDueDate", DATE), optional("/channel", ENUM),
                        optional("/missingComponents", LIST), text("/missingComponents/0", false, 500)),
                false, false, HostileTarget.JSON));

        add(targets, new HostileTarget("reporting POST /admin/rebuild", Suite.REPORTING, "POST",
                "/api/v1/admin/rebuild", Map.of(), "ops", null, List.of(), false, false, HostileTarget.JSON));
        return targets;
    }

    /** The case of this test's dossier, to check that nothing moved it. */
    static JsonNode caseOf(String code) {
        return get(SuiteSteps.suite().url(Suite.PROCESSING) + "/api/v1/cases/" + code, "auditor");
    }

    private static List<HostileField> procedureFields(String at) {
        return List.of(new HostileField(at + "/code", CODE, at.isEmpty(), -1),
                text(at + "/name", true, 1000), required(at + "/field", OBJECT), text(at + "/field/code", true, 64),
                text(at + "/field/name", true, 500), required(at + "/agency", OBJECT),
                text(at + "/agency/code", true, 64), text(at + "/agency/name", true, 500),
                optional(at + "/applicantTypes", LIST), optional(at + "/applicantTypes/0", ENUM),
                optional(at + "/channels", LIST), optional(at + "/channels/0", ENUM), optional(at + "/onlineLevel", ENUM),
                optional(at + "/components", LIST),
                text(at + "/components/0/code", true, 64), text(at + "/components/0/name", true, 1000),
                optional(at + "/components/0/mandatory", BOOL), optional(at + "/components/0/originals", INT),
                required(at + "/processingTime", OBJECT), required(at + "/processingTime/statutory", OBJECT),
                optional(at + "/processingTime/statutory/value", INT),
                required(at + "/processingTime/statutory/unit", ENUM),
                required(at + "/processingTime/committed/unit", ENUM), text(at + "/result", false, 2000),
                optional(at + "/legalBasis", LIST), text(at + "/conditions", false, 10000),
                required(at + "/effectiveFrom", DATE), optional(at + "/effectiveTo", DATE));
    }

    private static List<HostileField> dossierFields(String at) {
        return List.of(text(at + "/procedureCode", true, 40), text(at + "/agencyCode", false, 40),
                required(at + "/channel", ENUM), required(at + "/applicant", OBJECT),
                required(at + "/applicant/type", ENUM), text(at + "/applicant/name", true, 200),
                text(at + "/applicant/identityNumber", true, 20), text(at + "/applicant/phone", false, 20),
                text(at + "/applicant/email", false, 254), text(at + "/applicant/address", false, 500),
                required(at + "/documents", LIST), optional(at + "/documents/0", OBJECT),
                text(at + "/documents/0/componentCode", true, 60), text(at + "/documents/0/title", false, 300),
                count(at + "/documents/0/originals", false, 100), count(at + "/documents/0/copies", false, 100),
                text(at + "/documents/0/fileRef", false, 500), optional(at + "/receivedAt", INSTANT));
    }

    private static void add(Map<String, HostileTarget> targets, HostileTarget target) {
        if (target.body() != null) {
            for (HostileField field : target.fields()) {
                if (field.required()) {
                    assertThat(target.body().at(field.pointer()).isMissingNode())
                            .as("%s: required %s in the valid body", target.name(), field.pointer()).isFalse();
                }
            }
        }
        targets.put(target.name(), target);
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) HostileJson.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(String url, String role) {
        SuiteClient.Answer answer = CLIENT.get(url, role);
        assertThat(answer.status()).as(url + ": " + answer.text()).isEqualTo(200);
        return answer.body();
    }
}
