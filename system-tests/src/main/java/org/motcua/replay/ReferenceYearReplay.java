package org.motcua.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.replay.ReferenceYearPlan.Fate;
import org.motcua.replay.ReferenceYearPlan.PlannedDossier;

/**
 * Feeds the reference year into a running suite through its public APIs only, as a migration from a
 * legacy one-stop system would: the dossiers through intake's historical import, then their processing
 * history through processing's transitions API with back-dated {@code occurredAt} and the legacy
 * recording time {@code recordedAt} (migration account, role ops). Every due date that
 * the suite computed is checked against the plan's.
 */
public final class ReferenceYearReplay {

    public static final String AGENCY = "SGDDT";

    private final SuiteClient client;
    private final String catalogUrl;
    private final String intakeUrl;
    private final String processingUrl;
    private final String reportingUrl;

    public ReferenceYearReplay(SuiteClient client, String catalogUrl, String intakeUrl, String processingUrl,
            String reportingUrl) {
        this.client = client;
        this.catalogUrl = catalogUrl;
        this.intakeUrl = intakeUrl;
        this.processingUrl = processingUrl;
        this.reportingUrl = reportingUrl;
    }

    /** Imports and processes the 557 dossiers; returns the plan that was replayed. */
    public List<PlannedDossier> run() throws InterruptedException {
        SuiteClient.Answer export = client.get(catalogUrl + "/api/v1/catalogue/export", null);
        require(export.status() == 200, "catalogue export answered " + export.status());
        List<PlannedDossier> plan = ReferenceYearPlan.fromCatalogue(OfficialCalendars.vietnam(), export.body(), AGENCY)
                .dossiers();
        importDossiers(plan);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (PlannedDossier dossier : plan) {
                work.add(pool.submit(() -> {
                    awaitCase(dossier);
                    replayHistory(dossier);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return plan;
    }

    /** Form 06 of the reference period, grouped by agency, once reporting has counted every dossier. */
    public JsonNode awaitForm06(long timeoutMillis) throws InterruptedException {
        String url = reportingUrl + "/api/v1/reports/form-06?from=" + ReferenceYearPlan.PERIOD_FROM + "&to="
                + ReferenceYearPlan.PERIOD_TO + "&groupBy=agency";
        long deadline = System.currentTimeMillis() + timeoutMillis;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            SuiteClient.Answer answer = client.get(url, "auditor");
            if (answer.status() == 200) {
                last = answer.body();
                JsonNode total = last.path("total");
                if (total.path("received").asInt() == ReferenceYearPlan.RECEIVED
                        && total.path("resolved").asInt() == ReferenceYearPlan.RESOLVED_EARLY
                                + ReferenceYearPlan.RESOLVED_ON_TIME) {
                    return last;
                }
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private void importDossiers(List<PlannedDossier> plan) {
        for (int from = 0; from < plan.size(); from += 200) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (PlannedDossier d : plan.subList(from, Math.min(plan.size(), from + 200))) {
                lines.add(importLine(d));
            }
            SuiteClient.Answer answer = client.post(intakeUrl + "/api/v1/imports/dossiers", "ops", lines);
            require(answer.status() == 200 && answer.body().path("rejected").asInt() == 0,
                    "import answered " + answer.status() + ": " + answer.text());
        }
    }

    private static Map<String, Object> importLine(PlannedDossier d) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        int n = Integer.parseInt(d.code().substring(d.code().length() - 4));
        if (d.business()) {
            applicant.put("type", "BUSINESS");
            applicant.put("name", "Công ty TNHH Giáo dục Ánh Dương " + n);
            applicant.put("identityNumber", String.format("01%08d", Math.abs(d.code().hashCode()) % 100_000_000));
        } else {
            applicant.put("type", "CITIZEN");
            applicant.put("name", "Nguyễn Thị Hồng " + n);
            applicant.put("identityNumber", String.format("0012%08d", Math.abs(d.code().hashCode()) % 100_000_000));
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String component : d.componentCodes()) {
            documents.add(Map.of("componentCode", component, "originals", 1, "copies", 0));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", d.code());
        line.put("receivedAt", d.receivedAt().toString());
        line.put("procedureCode", d.procedureCode());
        line.put("channel", d.channel().name());
        line.put("applicant", applicant);
        line.put("documents", documents);
        return line;
    }

    private void awaitCase(PlannedDossier d) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            SuiteClient.Answer answer = client.get(processingUrl + "/api/v1/cases/" + d.code(), "unit-head");
            if (answer.status() == 200) {
                String dueDate = answer.body().path("dueDate").asText();
                require(dueDate.equals(d.due().dueDate().toString()), d.code() + ": processing's due date " + dueDate
                        + " differs from the calendar's " + d.due().dueDate());
                return;
            }
            require(System.currentTimeMillis() < deadline, d.code() + " never reached processing");
            Thread.sleep(250);
        }
    }

    /**
     * The legacy history, as the migration account ({@code ops}) replays it: every step with its business
     * time and the time the legacy system recorded it (the same, but for the one return entered late).
     */
    private void replayHistory(PlannedDossier d) {
        OffsetDateTime assigned = d.receivedAt().plusMinutes(30);
        transition(d, step("ASSIGN", assigned, assigned, Map.of("unit", "Phòng Giáo dục thường xuyên",
                "officer", "Trần Văn Bình")));
        if (d.fate() == Fate.IN_PROGRESS) {
            return;
        }
        LocalDate day = d.resolvedOn();
        transition(d, step("APPROVE", at(d, day, 8), at(d, day, 8), Map.of("decision",
                Map.of("number", d.code().substring(d.code().length() - 4) + "/QĐ-SGDĐT", "date", day.toString(),
                        "signer", "Giám đốc Sở", "reason", "Hồ sơ đủ điều kiện"))));
        transition(d, step("RESULT_READY", at(d, day, 9), at(d, day, 9), Map.of()));
        OffsetDateTime returned = at(d, day, 10);
        transition(d, step("RETURN_RESULT", returned, d.returnEnteredAt() != null ? d.returnEnteredAt() : returned,
                Map.of("channel", d.channel().name())));
    }

    private static Map<String, Object> step(String action, OffsetDateTime occurredAt, OffsetDateTime recordedAt,
            Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("action", action);
        body.put("occurredAt", occurredAt.toString());
        body.put("recordedAt", recordedAt.toString());
        return body;
    }

    private static OffsetDateTime at(PlannedDossier d, LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(d.due().dueAt().toZonedDateTime().getZone())
                .toOffsetDateTime();
    }

    private void transition(PlannedDossier d, Map<String, Object> body) {
        SuiteClient.Answer answer = client.post(processingUrl + "/api/v1/cases/" + d.code() + "/transitions", "ops",
                body);
        require(answer.status() / 100 == 2, d.code() + " " + body.get("action") + " answered " + answer.status()
                + ": " + answer.text());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** {@code deploy/local/replay-reference-year.sh}: replays into the local run and prints form 06. */
    public static void main(String[] args) throws Exception {
        String host = System.getenv().getOrDefault("MOTCUA_HOST", "http://127.0.0.1");
        java.nio.file.Path tokenScript = java.nio.file.Path.of(System.getenv().getOrDefault("MOTCUA_TOKEN_SCRIPT",
                "deploy/local/token.sh"));
        Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        SuiteClient client = new SuiteClient(role -> tokens.computeIfAbsent(role, r -> token(tokenScript, r)));
        ReferenceYearReplay replay = new ReferenceYearReplay(client, host + ":8081", host + ":8082", host + ":8083",
                host + ":8084");
        long start = System.currentTimeMillis();
        List<PlannedDossier> plan = replay.run();
        System.out.printf("Replayed %d dossiers of 2020 in %.1f s; waiting for reporting...%n", plan.size(),
                (System.currentTimeMillis() - start) / 1000.0);
        JsonNode form06 = replay.awaitForm06(180_000);
        System.out.println(Form06Table.render(form06));
    }

    private static String token(java.nio.file.Path script, String role) {
        try {
            Process p = new ProcessBuilder("bash", script.toString(), role).redirectErrorStream(false).start();
            String token = new String(p.getInputStream().readAllBytes()).trim();
            require(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !token.isEmpty(),
                    "token.sh " + role + " failed");
            return token;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
