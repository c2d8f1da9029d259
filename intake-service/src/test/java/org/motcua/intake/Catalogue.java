package org.motcua.intake;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.motcua.calendar.OfficialCalendars;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.OnlineLevel;
import org.motcua.contracts.catalog.ProcedureChanged;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.catalog.ProcessingTime;
import org.motcua.intake.repository.ProcedureReplica;
import org.motcua.intake.service.ProcedureTimelines;
import org.motcua.testsupport.KafkaTestClient;

/**
 * Plays the catalogue service: publishes procedures (unique code and agency per test) and the official
 * calendars on the catalogue topics, and waits until intake's replica has them. The catalogue service itself
 * never runs in these tests.
 */
final class Catalogue {
    private Catalogue() {
    }

    static final String SOURCE = "/motcua/procedure-catalog-service";
    static final String LICENCE = "Cấp phép hoạt động trung tâm ngoại ngữ, tin học";
    private static boolean calendarsPublished;

    /** A procedure of one agency: its code and agency code, unique per test. */
    record Procedure(String code, String agencyCode) {
    }

    static Procedure newProcedure() {
        return new Procedure("T." + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "."
                + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT),
                "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT));
    }

    /** Components TP1..TP3 mandatory, TP4 optional. */
    static final List<DossierComponent> COMPONENTS = List.of(
            new DossierComponent("TP1", "Tờ trình đề nghị cấp phép hoạt động", true, 1, 0, "Mẫu 01"),
            new DossierComponent("TP2", "Quyết định thành lập trung tâm", true, 0, 1, null),
            new DossierComponent("TP3", "Danh sách giáo viên kèm bằng cấp", true, 1, 0, null),
            new DossierComponent("TP4", "Tài liệu giới thiệu (nếu có)", false, 0, 1, null));

    static ProcedureVersion version(Procedure p, int number, LocalDate from, LocalDate to, int committedDays,
            Channel... channels) {
        return version(p, number, from, to, committedDays, COMPONENTS, channels);
    }

    static ProcedureVersion version(Procedure p, int number, LocalDate from, LocalDate to, int committedDays,
            List<DossierComponent> components, Channel... channels) {
        return new ProcedureVersion(p.code(), number, LICENCE, new CodeName("GDDT", "Giáo dục và Đào tạo"),
                new CodeName(p.agencyCode(), "Sở Giáo dục và Đào tạo"), List.of(ApplicantType.CITIZEN, ApplicantType.BUSINESS),
                Arrays.asList(channels), OnlineLevel.PARTLY_ONLINE, components,
                new ProcessingTime(new ProcessingDuration(15, DurationUnit.WORKING_DAYS),
                        new ProcessingDuration(committedDays, DurationUnit.WORKING_DAYS)),
                Map.of(), List.of(), "Giấy phép hoạt động", List.of(), null, from, to);
    }

    /** One open-ended version in force since 2019, 12 working days, every channel. */
    static Procedure published() {
        Procedure p = newProcedure();
        publish(p, version(p, 1, LocalDate.of(2019, 1, 1), null, 12, Channel.DIRECT, Channel.POSTAL, Channel.ONLINE));
        return p;
    }

    /** Publishes the versions and waits until intake checks receipts against them (its timelines in memory). */
    static void publish(Procedure p, ProcedureVersion... versions) {
        publishRaw(p, versions);
        ProcedureTimelines timelines = Arc.container().instance(ProcedureTimelines.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> timelines.timeline(p.code()).size() == versions.length);
    }

    /**
     * Stores a timeline in intake's replica as another instance of intake would, consuming the catalogue's event:
     * this instance's consumer does not see it.
     */
    static void storedByAnotherInstance(Procedure p, ProcedureVersion... versions) {
        ProcedureReplica replica = Arc.container().instance(ProcedureReplica.class).get();
        QuarkusTransaction.requiringNew().run(() -> replica.replaceTimeline(p.code(), List.of(versions)));
    }

    /** Sends the procedure's new timeline (none: withdrawn) without waiting for intake to apply it. */
    static void publishRaw(Procedure p, ProcedureVersion... versions) {
        publishCalendars();
        KafkaTestClient.send(Topics.PROCEDURES, KafkaTestClient.event(SOURCE, EventTypes.PROCEDURE_CHANGED, p.code(),
                new ProcedureChanged(p.code(), List.of(versions))));
    }

    static synchronized void publishCalendars() {
        if (!calendarsPublished) {
            for (CalendarYear year : OfficialCalendars.load()) {
                KafkaTestClient.send(Topics.CALENDARS, KafkaTestClient.event(SOURCE, EventTypes.CALENDAR_YEAR_CHANGED,
                        String.valueOf(year.year()), year));
            }
            calendarsPublished = true;
        }
    }
}
