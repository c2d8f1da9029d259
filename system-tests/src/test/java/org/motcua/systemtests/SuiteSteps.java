package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.motcua.contracts.VietnamTime;
import org.motcua.replay.SuiteClient;
import org.motcua.testsupport.RepositoryLayout;
import org.motcua.testsupport.TestTokens;

/** What the system tests do through the public REST APIs of the running suite. */
final class SuiteSteps {

    static final String PROCEDURE = "SGDDT-015"; // for citizens, 5 working days
    static final SuiteClient CLIENT = new SuiteClient(TestTokens::forRole);

    private SuiteSteps() {
    }

    static Suite suite() {
        return Suite.get();
    }

    /** Loads the reference catalogue into the catalogue service (idempotent, as up.sh does). */
    static void importReferenceCatalogue() throws Exception {
        String document = Files.readString(RepositoryLayout.root()
                .resolve("procedure-catalog-service/src/main/resources/reference/reference-catalogue.json"));
        SuiteClient.Answer answer = CLIENT.post(suite().url(Suite.CATALOG) + "/api/v1/catalogue/import",
                "catalog-admin", document);
        assertThat(answer.status()).as(answer.text()).isBetween(200, 204);
    }

    /** Submits a complete dossier at the desk now; retries while intake's catalogue replica catches up. */
    static JsonNode submitDossier(String applicantName) {
        return submitDossier(applicantName, null);
    }

    /**
     * Submits a complete dossier; with {@code postmarkDaysAgo}, by post with a postmark that many days ago
     * (10:00), so that each test counts the dossiers of a day of its own.
     */
    static JsonNode submitDossier(String applicantName, Integer postmarkDaysAgo) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "procedureCode", PROCEDURE,
                "channel", postmarkDaysAgo == null ? "DIRECT" : "POSTAL",
                "applicant", Map.of("type", "CITIZEN", "name", applicantName, "identityNumber", "001203004567",
                        "phone", "0912345678", "email", "hong@example.vn", "address", "12 Lê Lợi, Huế"),
                "documents", mandatoryDocuments()));
        if (postmarkDaysAgo != null) {
            body.put("receivedAt", daysAgo(postmarkDaysAgo).atTime(10, 0).atZone(VietnamTime.ZONE)
                    .toOffsetDateTime().toString());
        }
        JsonNode[] received = new JsonNode[1];
        await("dossier received").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            SuiteClient.Answer answer = CLIENT.post(suite().url(Suite.INTAKE) + "/api/v1/dossiers", "intake-officer",
                    body);
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            received[0] = answer.body();
            return "RECEIVED".equals(answer.body().path("status").asText());
        });
        return received[0];
    }

    private static List<Map<String, Object>> documents;

    /** The mandatory components of {@link #PROCEDURE}, read once from the catalogue. */
    private static synchronized List<Map<String, Object>> mandatoryDocuments() {
        if (documents == null) {
            documents = readMandatoryDocuments();
        }
        return documents;
    }

    private static List<Map<String, Object>> readMandatoryDocuments() {
        SuiteClient.Answer procedure = CLIENT.get(suite().url(Suite.CATALOG) + "/api/v1/procedures/" + PROCEDURE, null);
        assertThat(procedure.status()).as(procedure.text()).isEqualTo(200);
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        procedure.body().path("components").forEach(c -> {
            if (c.path("mandatory").asBoolean()) {
                documents.add(Map.of("componentCode", c.path("code").asText(), "title", c.path("name").asText(),
                        "originals", 1, "copies", 0));
            }
        });
        return documents;
    }

    /** Waits until processing has opened the case of {@code code}; returns it. */
    static JsonNode awaitCase(String code, Duration timeout) {
        JsonNode[] found = new JsonNode[1];
        await("case " + code + " in processing").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            SuiteClient.Answer answer = CLIENT.get(suite().url(Suite.PROCESSING) + "/api/v1/cases/" + code,
                    "processing-officer");
            found[0] = answer.body();
            return answer.status() == 200;
        });
        return found[0];
    }

    static int caseStatus(String code) {
        return CLIENT.get(suite().url(Suite.PROCESSING) + "/api/v1/cases/" + code, "processing-officer").status();
    }

    static LocalDate daysAgo(int days) {
        return VietnamTime.now().toLocalDate().minusDays(days);
    }

    /** Form 06 of one day, one row per procedure: the figures of {@link #PROCEDURE}, or null. */
    static JsonNode rowOf(LocalDate day) {
        SuiteClient.Answer answer = CLIENT.get(suite().url(Suite.REPORTING) + "/api/v1/reports/form-06?from=" + day
                + "&to=" + day + "&groupBy=procedure", "auditor");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        for (JsonNode row : answer.body().path("rows")) {
            if (PROCEDURE.equals(row.path("code").asText())) {
                return row.path("figures");
            }
        }
        return null;
    }

    /** Dossiers of {@link #PROCEDURE} received on {@code day}, as form 06 counts them. */
    static int receivedOn(LocalDate day) {
        JsonNode row = rowOf(day);
        return row == null ? 0 : row.path("received").asInt();
    }

    static Path logs() {
        return RepositoryLayout.root().resolve("system-tests/target/service-logs");
    }
}
