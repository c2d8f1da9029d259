package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Json;
import org.motcua.contracts.Topics;
import org.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class HistoricalImportTest {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private static Map<String, Object> line(Catalogue.Procedure p, String code, String receivedAt, String... components) {
        Map<String, Object> line = new LinkedHashMap<>(Api.dossier(p, "DIRECT", components));
        line.put("code", code);
        line.put("receivedAt", receivedAt);
        return line;
    }

    private static String ndjson(List<Map<String, Object>> lines) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> l : lines) {
            out.append(MAPPER.writeValueAsString(l)).append('\n');
        }
        return out.toString();
    }

    @Test
    @DisplayName("a legacy NDJSON export is imported with its original codes; bad lines are reported one by one; "
            + "a second import changes nothing")
    void ndjsonImport() throws Exception {
        Catalogue.Procedure p = Catalogue.published();
        String a = p.agencyCode();
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(line(p, a + "-200305-0001", "2020-03-05T08:30:00+07:00", "TP1", "TP2", "TP3"));
        Map<String, Object> legacyDue = line(p, a + "-200305-0002", "2020-03-05T09:00:00+07:00", "TP1", "TP2", "TP3");
        legacyDue.put("dueDate", "2020-03-20");
        lines.add(legacyDue);
        lines.add(line(p, a + "-200305-0003", "2020-03-05T10:00:00+07:00", "TP2"));
        lines.add(line(p, "BAD CODE", "2020-03-05T10:00:00+07:00", "TP1"));
        Map<String, Object> wrongId = line(p, a + "-200305-0005", "2020-03-05T10:00:00+07:00", "TP1", "TP2", "TP3");
        ((Map<String, Object>) wrongId.get("applicant")).put("identityNumber", "123");
        lines.add(wrongId);
        lines.add(line(p, a + "-200305-0006", "2020-03-05T10:00:00+07:00", "TP1", "TPX"));
        String body = ndjson(lines) + "{not json\n";

        Api.as(Roles.OPS).contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/imports/dossiers").then()
                .statusCode(200).body("lines", equalTo(7)).body("imported", equalTo(3)).body("duplicates", equalTo(0))
                .body("rejected", equalTo(4))
                .body("errors.line", org.hamcrest.Matchers.contains(4, 5, 6, 7))
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("applicant.identityNumber"))
                .body("errors.field", hasItem("documents[1].componentCode")).body("errors.field", hasItem("line"));

        Api.as(Roles.OPS).contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/imports/dossiers").then()
                .statusCode(200).body("imported", equalTo(0)).body("duplicates", equalTo(3)).body("rejected", equalTo(4));

        Api.as(Roles.AUDITOR).get("/api/v1/dossiers/" + a + "-200305-0002").then().statusCode(200)
                .body("imported", equalTo(true)).body("dueDate", equalTo("2020-03-20"));
        Api.as(Roles.AUDITOR).get("/api/v1/dossiers/" + a + "-200305-0001").then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("dueDate", equalTo("2020-03-23"));
        Api.as(Roles.AUDITOR).get("/api/v1/dossiers/" + a + "-200305-0003").then().statusCode(200)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"));

        List<EventEnvelope> events = KafkaTestClient.events(Topics.DOSSIERS, a + "-200305-0001", 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(EventTypes.DOSSIER_RECEIVED);
        assertThat(events.get(0).data().get("imported").asBoolean()).isTrue();
        assertThat(events.get(0).data().get("occurredAt").asText()).isEqualTo("2020-03-05T08:30:00+07:00");

        // a postal dossier with a postmark of that day continues after the imported numbers
        Api.as(Roles.PORTAL).body(Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"),
                "2020-03-05T16:00:00+07:00")).post("/api/v1/dossiers").then().statusCode(201)
                .body("code", equalTo(a + "-200305-0004"));
    }

    @Test
    @DisplayName("a JSON array is imported too; a future receipt time and an unknown procedure are rejected per line; "
            + "only ops may import")
    void jsonArrayImport() throws Exception {
        Catalogue.Procedure p = Catalogue.published();
        String a = p.agencyCode();
        Map<String, Object> future = line(p, a + "-990101-0001", "2099-01-01T08:00:00+07:00", "TP1");
        Map<String, Object> unknown = line(Catalogue.newProcedure(), a + "-200306-0002", "2020-03-06T08:00:00+07:00", "TP1");
        List<Map<String, Object>> lines = List.of(line(p, a + "-200306-0001", "2020-03-06T08:00:00+07:00",
                "TP1", "TP2", "TP3"), future, unknown);
        Api.as(Roles.OPS).body(MAPPER.writeValueAsString(lines)).post("/api/v1/imports/dossiers").then()
                .statusCode(200).body("imported", equalTo(1)).body("rejected", equalTo(2))
                .body("errors.field", org.hamcrest.Matchers.contains("receivedAt", "procedureCode"));
        Api.as(Roles.INTAKE_OFFICER).body("[]").post("/api/v1/imports/dossiers").then().statusCode(403);
    }
}
