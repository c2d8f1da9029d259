package org.motcua.processing.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.processing.service.CalendarReplica;
import org.motcua.testsupport.KafkaTestClient;
import org.motcua.testsupport.TestTokens;

/** How the tests play intake, the catalogue and the officers: events in, REST calls, events out. */
public final class Scenario {
    private Scenario() {
    }

    public static final String INTAKE = "/motcua/intake-service";
    public static final WorkingCalendar CALENDAR = OfficialCalendars.vietnam();
    public static final ProcessingDuration FIFTEEN_DAYS = new ProcessingDuration(15, DurationUnit.WORKING_DAYS);
    private static volatile boolean calendarsSent;

    /** Publishes the official calendars as the catalogue would, once per run, and waits for the replica. */
    public static synchronized void calendars(CalendarReplica replica) {
        if (!calendarsSent) {
            for (CalendarYear year : OfficialCalendars.load()) {
                KafkaTestClient.send(Topics.CALENDARS, KafkaTestClient.event("/motcua/procedure-catalog-service",
                        EventTypes.CALENDAR_YEAR_CHANGED, String.valueOf(year.year()), year));
            }
            calendarsSent = true;
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> replica.years().containsAll(List.of(2020, 2021, 2026, 2027)));
        dossiersChannelReady();
    }

    private static volatile boolean dossiersReady;

    /**
     * The test consumer group starts at the end of intake's topic once its partitions are assigned: send probe
     * dossiers until one is consumed, so that no test event is sent before the assignment.
     */
    private static synchronized void dossiersChannelReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!dossiersReady) {
            String probe = "PROBE-" + UUID.randomUUID();
            KafkaTestClient.send(Topics.DOSSIERS, received(probe, "PROBE", at("2020-01-06T09:00"), FIFTEEN_DAYS));
            try {
                await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                        .until(() -> as(Roles.AUDITOR).get("/api/v1/cases/" + probe).statusCode() == 200);
                dossiersReady = true;
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    public static String newCode() {
        return "000.00.12.H38-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+07:00");
    }

    public static EventEnvelope received(String code, String procedureCode, OffsetDateTime receivedAt,
            ProcessingDuration committed) {
        DueDate due = CALENDAR.dueDate(receivedAt, committed);
        return received(code, procedureCode, receivedAt, committed, due);
    }

    public static EventEnvelope received(String code, String procedureCode, OffsetDateTime receivedAt,
            ProcessingDuration committed, DueDate due) {
        DossierReceived data = new DossierReceived(code, procedureCode, 3,
                "Cấp phép hoạt động trung tâm ngoại ngữ, tin học", new CodeName("000.00.12.H38", "Sở Giáo dục và Đào tạo"),
                new CodeName("GDDT-NN", "Giáo dục và Đào tạo"), Channel.DIRECT, ApplicantType.BUSINESS,
                "Công ty TNHH Ánh Dương", receivedAt, due.dueDate(), due.dueAt(), committed, FIFTEEN_DAYS, List.of("TP1"),
                false, false, receivedAt, VietnamTime.now());
        return KafkaTestClient.event(INTAKE, EventTypes.DOSSIER_RECEIVED, code, data);
    }

    /** Sends an event as the outbox relay of another service does: with the structured CloudEvents content type. */
    public static void sendAsOutbox(String topic, EventEnvelope event) {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", org.motcua.testsupport.TestInfrastructure.bootstrapServers());
        try (org.apache.kafka.clients.producer.KafkaProducer<String, String> producer =
                new org.apache.kafka.clients.producer.KafkaProducer<>(props,
                        new org.apache.kafka.common.serialization.StringSerializer(),
                        new org.apache.kafka.common.serialization.StringSerializer())) {
            var record = new org.apache.kafka.clients.producer.ProducerRecord<>(topic, event.subject(),
                    org.motcua.contracts.Json.newMapper().writeValueAsString(event));
            record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /** Sends DossierReceived and waits until the case is open. */
    public static void open(String code, String procedureCode, OffsetDateTime receivedAt) {
        KafkaTestClient.send(Topics.DOSSIERS, received(code, procedureCode, receivedAt, FIFTEEN_DAYS));
        awaitCase(code);
    }

    public static void awaitCase(String code) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(Roles.AUDITOR).get("/api/v1/cases/" + code).statusCode() == 200);
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", "Bearer " + TestTokens.token("test-" + role, "P.QLCL-" + role, role))
                .contentType("application/json");
    }

    public static ValidatableResponse act(String role, String code, Map<String, Object> body) {
        return as(role).body(body).post("/api/v1/cases/" + code + "/transitions").then();
    }

    /** A transition body: action, occurredAt and alternating field names and values. */
    public static Map<String, Object> body(String action, String occurredAt, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (occurredAt != null) {
            body.put("occurredAt", at(occurredAt).toString());
        }
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    public static Map<String, Object> decision(String number, String date, String signer, String reason) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", number);
        d.put("date", date);
        d.put("signer", signer);
        if (reason != null) {
            d.put("reason", reason);
        }
        return d;
    }

    /** The events of one case of the given types, in order, waiting until {@code count} arrived. */
    public static List<EventEnvelope> events(String code, int count, String... types) {
        return events(Duration.ofSeconds(20), code, count, types);
    }

    /**
     * As {@link #events(String, int, String...)} but waiting at most {@code timeout}: to check that no more than
     * the events already expected arrive, ask for one more with a short timeout.
     */
    public static List<EventEnvelope> events(Duration timeout, String code, int count, String... types) {
        List<String> wanted = List.of(types);
        List<EventEnvelope> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r : KafkaTestClient.records(Topics.CASES, r -> code.equals(r.key())
                && wanted.contains(KafkaTestClient.parse(r.value()).type()), count, timeout)) {
            found.add(KafkaTestClient.parse(r.value()));
        }
        return found;
    }
}
