package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Json;
import org.motcua.contracts.Topics;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.contracts.processing.Actor;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.contracts.processing.DueDateChanged;
import org.motcua.commons.security.Roles;
import org.motcua.testsupport.KafkaTestClient;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * A test's own agency (unique code, so tests never see each other's rows): publishes its dossiers' events
 * on the real topics as intake and processing would, and reads the reports through the REST API.
 */
final class Agency {

    static final String INTAKE = "/motcua/intake-service";
    static final String PROCESSING = "/motcua/processing-service";
    static final CodeName EDUCATION = new CodeName("GDDT", "Giáo dục và Đào tạo");
    static final CodeName FOREIGN_LANGUAGE = new CodeName("NNTH", "Ngoại ngữ, tin học");
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static KafkaProducer<String, String> producer;

    final String code;
    final CodeName agency;
    private int sequence;

    private static boolean consuming;

    Agency() {
        this(true);
    }

    private Agency(boolean waitForConsumers) {
        code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        agency = new CodeName(code, "Sở Giáo dục và Đào tạo (thử nghiệm " + code + ")");
        if (waitForConsumers) {
            ensureConsuming();
        }
    }

    /**
     * The test profile's consumers start at the end of the topics: an event published before they have
     * their partitions would be missed. Publish a receipt and its result until one pair is counted.
     */
    static synchronized void ensureConsuming() {
        if (consuming) {
            return;
        }
        Agency marker = new Agency(false);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String dossier = marker.received("2019-01-02T09:00", "2019-01-22");
            marker.resultReady(dossier, "2019-01-22", "2019-01-10T09:00");
            try {
                await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200))
                        .until(() -> ((Number) marker.total("2019-01-01", "2019-01-31").get("resolved")).intValue() > 0);
                consuming = true;
                return;
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // not assigned yet: publish another pair
            }
        }
        throw new IllegalStateException("The reporting consumers never started consuming");
    }

    static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    String newDossier(OffsetDateTime receivedAt) {
        return "%s-%s-%04d".formatted(code, receivedAt.toLocalDate().toString().substring(2).replace("-", ""), ++sequence);
    }

    /** A dossier received (in person unless said otherwise), due on {@code due}; recorded when received. */
    String received(String receivedAt, String due) {
        return received(receivedAt, due, Channel.DIRECT, EDUCATION, "1.005076", false);
    }

    String received(String receivedAt, String due, Channel channel, CodeName field, String procedure, boolean digitised) {
        return received(agency.name(), receivedAt, due, channel, field, procedure, digitised);
    }

    /** A dossier received in person, the agency published under {@code agencyName} (a renamed agency). */
    String receivedUnder(String agencyName, String receivedAt, String due) {
        return received(agencyName, receivedAt, due, Channel.DIRECT, EDUCATION, "1.005076", false);
    }

    private String received(String agencyName, String receivedAt, String due, Channel channel, CodeName field,
            String procedure, boolean digitised) {
        OffsetDateTime at = at(receivedAt);
        String dossier = newDossier(at);
        send(Topics.DOSSIERS, INTAKE, EventTypes.DOSSIER_RECEIVED, dossier, new DossierReceived(dossier, procedure, 1,
                "Cấp phép hoạt động trung tâm ngoại ngữ, tin học", new CodeName(code, agencyName), field, channel,
                ApplicantType.CITIZEN, "Nguyễn Văn A", at, d(due), at(due + "T17:00"),
                new ProcessingDuration(12, DurationUnit.WORKING_DAYS), new ProcessingDuration(15, DurationUnit.WORKING_DAYS),
                List.of("TP1"), digitised, false, at, at));
        return dossier;
    }

    void transition(String dossier, CaseAction action, CaseState from, CaseState to, String due, String occurredAt,
            String recordedAt, String... flags) {
        send(Topics.CASES, PROCESSING, EventTypes.CASE_TRANSITIONED, dossier, new CaseTransitioned(dossier,
                "1.005076", code, EDUCATION.code(), action, from, to, to.nationalStatusCode,
                new Actor("officer-1", Roles.PROCESSING_OFFICER, "P1"), null, null, null, null, null, null,
                due == null ? null : d(due), due == null ? null : at(due + "T17:00"), List.of(flags),
                at(occurredAt), at(recordedAt)));
    }

    void resultReady(String dossier, String due, String occurredAt) {
        transition(dossier, CaseAction.RESULT_READY, CaseState.APPROVED, CaseState.RESULT_READY, due, occurredAt,
                occurredAt);
    }

    void dueDateChanged(String dossier, String oldDue, String newDue, DueDateChangeReason reason, String occurredAt) {
        send(Topics.CASES, PROCESSING, EventTypes.DUE_DATE_CHANGED, dossier, new DueDateChanged(dossier, d(oldDue),
                at(oldDue + "T17:00"), d(newDue), at(newDue + "T17:00"), reason, "Thư xin lỗi, hẹn lại ngày trả",
                at(occurredAt), at(occurredAt)));
    }

    void withdrawalRequested(String dossier, String occurredAt) {
        send(Topics.DOSSIERS, INTAKE, EventTypes.WITHDRAWAL_REQUESTED, dossier,
                new WithdrawalRequested(dossier, "Công dân xin rút hồ sơ", at(occurredAt), at(occurredAt)));
    }

    static void send(String topic, String source, String type, String key, Object payload) {
        EventEnvelope event = KafkaTestClient.event(source, type, key, payload);
        try {
            producer().send(new ProducerRecord<>(topic, key, MAPPER.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send " + type, e);
        }
    }

    /** Sends without waiting for each acknowledgement (bulk scenarios); {@link #flush()} waits for all. */
    static void sendAsync(String topic, String source, String type, String key, Object payload) {
        try {
            producer().send(new ProducerRecord<>(topic, key,
                    MAPPER.writeValueAsString(KafkaTestClient.event(source, type, key, payload))));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send " + type, e);
        }
    }

    static void flush() {
        producer().flush();
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    // ---- reading the reports ----

    static String bearer(String role) {
        return TestTokens.bearer(role);
    }

    /** Form 06 of this agency as JSON. */
    JsonPath form06(String from, String to, String groupBy) {
        return given().header("Authorization", bearer(Roles.UNIT_HEAD)).accept("application/json")
                .queryParam("from", from).queryParam("to", to).queryParam("groupBy", groupBy)
                .queryParam("agency", code).get("/api/v1/reports/form-06").then().statusCode(200).extract().jsonPath();
    }

    /** The total of this agency's form 06. */
    Map<String, Object> total(String from, String to) {
        return form06(from, to, "agency").getMap("total");
    }

    /** Waits until this agency's form 06 total for the period satisfies {@code condition}. */
    Map<String, Object> awaitTotal(String from, String to, Predicate<Map<String, Object>> condition) {
        List<Map<String, Object>> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .conditionEvaluationListener(e -> {
                    if (!e.isSatisfied() && e.getRemainingTimeInMS() < 400) {
                        System.err.println("Last form 06 total of " + code + ": " + last);
                    }
                }).until(() -> {
            Map<String, Object> total = total(from, to);
            last.clear();
            last.add(total);
            return condition.test(total);
        });
        return last.get(0);
    }

    /**
     * Waits until this agency's form 06 total for the period shows every expected figure (events of one
     * dossier come on two topics, in any order: a single figure reached says nothing about the others).
     */
    Map<String, Object> expect(String from, String to, Map<String, Object> expected) {
        return awaitTotal(from, to, t -> expected.entrySet().stream()
                .allMatch(e -> java.util.Objects.equals(t.get(e.getKey()), e.getValue())));
    }

    static Predicate<Map<String, Object>> count(String figure, int expected) {
        return t -> ((Number) t.get(figure)).intValue() == expected;
    }
}
