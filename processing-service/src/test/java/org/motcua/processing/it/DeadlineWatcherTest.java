package org.motcua.processing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.motcua.processing.it.Scenario.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.DueDate;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.processing.service.CalendarReplica;
import org.motcua.processing.service.DeadlineWatcher;
import org.motcua.testsupport.KafkaTestClient;

/** The watcher and the work queues. The scheduled scan is off in tests; each test runs the scan itself. */
@QuarkusTest
class DeadlineWatcherTest {

    @Inject
    CalendarReplica replica;
    @Inject
    DeadlineWatcher watcher;
    @Inject
    EntityManager em;

    private String unit;

    @BeforeEach
    void setUp() {
        calendars(replica);
        unit = "Phòng " + UUID.randomUUID();
    }

    private String assigned(String receivedAt, DueDate due) {
        String code = newCode();
        KafkaTestClient.send(Topics.DOSSIERS, received(code, "1.005076", at(receivedAt), FIFTEEN_DAYS, due));
        awaitCase(code);
        act(Roles.UNIT_HEAD, code, body("ASSIGN", null, "unit", unit, "officer", "cv.minh")).statusCode(200);
        return code;
    }

    private long alertRows(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM deadline_alert_sent WHERE dossier_code = :c").setParameter("c", code)
                .getSingleResult()).longValue());
    }

    @Test
    @DisplayName("a dossier past its deadline is announced overdue exactly once, however many scans (or restarts) follow")
    void overdueOnce() {
        String code = assigned("2020-03-04T09:00", CALENDAR.dueDate(at("2020-03-04T09:00"), FIFTEEN_DAYS));
        watcher.scan(VietnamTime.now());
        watcher.scan(VietnamTime.now());
        assertThat(alertRows(code)).isEqualTo(1);
        assertThat(events(code, 1, EventTypes.CASE_OVERDUE)).hasSize(1);
        List<EventEnvelope> alerts = events(Duration.ofSeconds(3), code, 2, EventTypes.CASE_OVERDUE,
                EventTypes.CASE_DUE_SOON);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).type()).isEqualTo(EventTypes.CASE_OVERDUE);
        assertThat(alerts.get(0).data().get("dueDate").asText()).isEqualTo("2020-03-25");
        assertThat(alerts.get(0).data().get("unit").asText()).isEqualTo(unit);
        assertThat(alerts.get(0).data().get("state").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    @DisplayName("a dossier due tomorrow is announced due soon once; a dossier waiting for a supplement is not watched")
    void dueSoonAndPaused() {
        LocalDate tomorrow = CALENDAR.addWorkingDays(VietnamTime.now().toLocalDate(), 1);
        String soon = assigned(VietnamTime.now().minusDays(20).toString().substring(0, 16),
                new DueDate(tomorrow, CALENDAR.endOfWorkingHours(tomorrow)));
        String paused = assigned("2020-03-04T09:00", CALENDAR.dueDate(at("2020-03-04T09:00"), FIFTEEN_DAYS));
        act(Roles.PROCESSING_OFFICER, paused, body("REQUEST_SUPPLEMENT", null, "missingComponents", List.of("TP3"),
                "reason", "Thiếu")).statusCode(200);
        watcher.scan(VietnamTime.now());
        watcher.scan(VietnamTime.now());
        assertThat(events(soon, 1, EventTypes.CASE_DUE_SOON)).hasSize(1);
        List<EventEnvelope> alerts = events(Duration.ofSeconds(3), soon, 2, EventTypes.CASE_OVERDUE,
                EventTypes.CASE_DUE_SOON);
        assertThat(alerts).extracting(EventEnvelope::type).containsExactly(EventTypes.CASE_DUE_SOON);
        assertThat(alertRows(paused)).isZero();
    }

    @Test
    @DisplayName("an apology letter moves the date of a dossier already announced due soon: it is announced again for the new date")
    void movedDueDateIsAnnouncedAgain() {
        LocalDate today = VietnamTime.now().toLocalDate();
        LocalDate tomorrow = CALENDAR.addWorkingDays(today, 1);
        String code = assigned(VietnamTime.now().minusDays(20).toString().substring(0, 16),
                new DueDate(tomorrow, CALENDAR.endOfWorkingHours(tomorrow)));
        watcher.scan(VietnamTime.now());
        assertThat(events(code, 1, EventTypes.CASE_DUE_SOON)).hasSize(1);
        LocalDate newDate = CALENDAR.addWorkingDays(today, 2);
        act(Roles.UNIT_HEAD, code, body("EXTEND", null, "reason", "Chờ kết quả thẩm định thực tế",
                "newDueDate", newDate.toString())).statusCode(200);
        watcher.scan(VietnamTime.now());
        List<EventEnvelope> alerts = events(code, 2, EventTypes.CASE_DUE_SOON);
        assertThat(alerts).extracting(e -> e.data().get("dueDate").asText())
                .containsExactly(tomorrow.toString(), newDate.toString());
        assertThat(alertRows(code)).isEqualTo(2);
    }

    @Test
    @DisplayName("the unit's queue lists its dossiers by due date, with overdue and due-soon views")
    void queues() {
        LocalDate tomorrow = CALENDAR.addWorkingDays(VietnamTime.now().toLocalDate(), 1);
        String later = assigned("2020-05-04T09:00", CALENDAR.dueDate(at("2020-05-04T09:00"), FIFTEEN_DAYS));
        String earlier = assigned("2020-03-04T09:00", CALENDAR.dueDate(at("2020-03-04T09:00"), FIFTEEN_DAYS));
        String soon = assigned(VietnamTime.now().minusDays(20).toString().substring(0, 16),
                new DueDate(tomorrow, CALENDAR.endOfWorkingHours(tomorrow)));
        as(Roles.UNIT_HEAD).queryParam("unit", unit).get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(3)).body("items.dossierCode", equalTo(List.of(earlier, later, soon)));
        as(Roles.UNIT_HEAD).queryParam("unit", unit).queryParam("view", "overdue").get("/api/v1/cases").then()
                .body("items.dossierCode", equalTo(List.of(earlier, later)));
        as(Roles.PROCESSING_OFFICER).queryParam("unit", unit).queryParam("view", "due-soon").get("/api/v1/cases")
                .then().body("items.dossierCode", equalTo(List.of(soon)));
        as(Roles.AUDITOR).queryParam("unit", unit).queryParam("dueBefore", "2020-04-01").get("/api/v1/cases")
                .then().body("items.dossierCode", equalTo(List.of(earlier)));
        as(Roles.AUDITOR).queryParam("officer", "cv.minh").queryParam("unit", unit).queryParam("state", "RECEIVED")
                .get("/api/v1/cases").then().body("total", equalTo(0));
        as(Roles.AUDITOR).queryParam("unit", unit).queryParam("size", "2").queryParam("page", "1")
                .get("/api/v1/cases").then().body("items.dossierCode", equalTo(List.of(soon)))
                .body("total", equalTo(3));
    }
}
