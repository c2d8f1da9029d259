package org.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.catalog.Fixtures.admin;
import static org.motcua.catalog.Fixtures.draft;
import static org.motcua.catalog.Fixtures.published;
import static org.motcua.catalog.Fixtures.uniqueCode;
import static org.motcua.catalog.Fixtures.version;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Json;
import org.motcua.contracts.Topics;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.ProcedureChanged;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class EventsReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager em;

    private static ProcedureChanged data(EventEnvelope event) {
        try {
            return Json.newMapper().treeToValue(event.data(), ProcedureChanged.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("replaying the procedures topic rebuilds the published timeline exactly; drafts never leave the catalogue")
    void replayRebuildsTimeline() {
        String code = uniqueCode();
        published(version(code, "Cho phép trung tâm ngoại ngữ, tin học hoạt động trở lại", "SGDDT", 15, 15, "2020-01-01"));
        int v2 = published(version(code, "Cho phép trung tâm ngoại ngữ, tin học hoạt động trở lại", "SGDDT", 15, 12,
                "2020-03-05"));
        draft(version(code, "Dự thảo sửa đổi", "SGDDT", 15, 10, "2022-01-01"));
        admin().body(Map.of("effectiveTo", "2025-07-01")).post("/api/v1/procedures/" + code + "/versions/" + v2 + "/retire")
                .then().statusCode(200);

        List<EventEnvelope> events = KafkaTestClient.events(Topics.PROCEDURES, code, 3, WAIT);
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.PROCEDURE_CHANGED);
            assertThat(e.source()).isEqualTo("/motcua/procedure-catalog-service");
            assertThat(e.subject()).isEqualTo(code);
            assertThat(e.time().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
            assertThat(data(e).versions()).extracting(ProcedureVersion::name).doesNotContain("Dự thảo sửa đổi");
        });
        assertThat(data(events.get(0)).versions()).extracting(ProcedureVersion::version).containsExactly(1);

        // a replica keeps the latest value per key, as compaction does
        Map<String, ProcedureChanged> replica = new HashMap<>();
        events.forEach(e -> replica.put(e.subject(), data(e)));
        ProcedureChanged rebuilt = replica.get(code);
        assertThat(rebuilt.procedureCode()).isEqualTo(code);
        assertThat(rebuilt.versions()).extracting(ProcedureVersion::version).containsExactly(1, v2);
        assertThat(rebuilt.versions()).extracting(ProcedureVersion::effectiveFrom)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 5));
        assertThat(rebuilt.versions()).extracting(ProcedureVersion::effectiveTo)
                .containsExactly(LocalDate.of(2020, 3, 5), LocalDate.of(2025, 7, 1));
        ProcedureVersion onMarch4 = rebuilt.versions().stream().filter(v -> v.inForceOn(LocalDate.of(2020, 3, 4)))
                .findFirst().orElseThrow();
        assertThat(onMarch4.processingTime().committed().value()).isEqualTo(15);
        assertThat(rebuilt.versions().get(1).processingTime().committed().value()).isEqualTo(12);
        assertThat(rebuilt.versions().get(1).components()).extracting(c -> c.code()).containsExactly("TP01", "TP02");
        List<Integer> api = given().get("/api/v1/procedures/" + code + "/versions").then().extract().path("version");
        assertThat(rebuilt.versions()).extracting(ProcedureVersion::version).containsExactlyElementsOf(api);
    }

    @Test
    @DisplayName("a calendar change and the start-up seed are announced on the calendars topic, keyed by year")
    void calendarEvents() {
        String marker = "Thông báo thử " + UUID.randomUUID();
        admin().body(Map.of("daysOff", List.of(Map.of("date", "2036-01-01", "reason", "Tết Dương lịch")),
                "legalBasis", marker)).put("/api/v1/calendar/2036").then().statusCode(200);
        List<ConsumerRecord<String, String>> changed = KafkaTestClient.records(Topics.CALENDARS,
                r -> "2036".equals(r.key()) && r.value().contains(marker), 1, WAIT);
        assertThat(changed).hasSize(1);
        EventEnvelope event = KafkaTestClient.parse(changed.get(0).value());
        assertThat(event.type()).isEqualTo(EventTypes.CALENDAR_YEAR_CHANGED);
        CalendarYear year = Json.newMapper().convertValue(event.data(), CalendarYear.class);
        assertThat(year.year()).isEqualTo(2036);
        assertThat(year.zone()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(year.daysOff()).extracting(d -> d.date()).containsExactly(LocalDate.of(2036, 1, 1));

        // the seed of this run's fresh database announced 2020 once, and that very event reached the topic
        List<?> seedIds = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT CAST(event_id AS text) FROM outbox_event WHERE topic = :topic AND event_key = '2020'")
                .setParameter("topic", Topics.CALENDARS).getResultList());
        assertThat(seedIds).hasSize(1);
        String seedId = seedIds.get(0).toString();
        List<ConsumerRecord<String, String>> seeded = KafkaTestClient.records(Topics.CALENDARS,
                r -> "2020".equals(r.key()) && r.value().contains(seedId), 1, WAIT);
        assertThat(seeded).hasSize(1);
        assertThat(KafkaTestClient.parse(seeded.get(0).value()).type()).isEqualTo(EventTypes.CALENDAR_YEAR_CHANGED);
    }
}
