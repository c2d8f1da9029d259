package org.motcua.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.processing.Actor;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.CaseTransitioned;

/**
 * The DoET's 2020 report (DOMAIN.md): 557 received from 01/01 to 21/12/2020, 508 resolved early, one
 * returned on its due day but entered late, 48 in progress within the deadline. The published 99.8 %
 * counted the late entry as late; by event time it was on time.
 */
@QuarkusTest
class ReferenceYearTest {

    @Test
    @DisplayName("the DoET 2020 year: 557 received, 508 early, 1 on time recorded late, 48 in progress in time, 0 late")
    void referenceYear() {
        Agency a = new Agency();
        LocalDate start = LocalDate.of(2020, 1, 2);
        for (int i = 0; i < 557; i++) {
            boolean inProgress = i >= 509;
            // resolved ones spread over January-November, the 48 still open received in December
            LocalDate day = inProgress ? LocalDate.of(2020, 12, 1).plusDays((i - 509) % 18) : start.plusDays(i % 320);
            OffsetDateTime receivedAt = Agency.at(day + "T09:00");
            LocalDate due = inProgress ? LocalDate.of(2021, 1, 8) : day.plusDays(21);
            String dossier = a.newDossier(receivedAt);
            Channel channel = i % 5 == 0 ? Channel.ONLINE : i % 7 == 0 ? Channel.POSTAL : Channel.DIRECT;
            Agency.sendAsync(Topics.DOSSIERS, Agency.INTAKE, EventTypes.DOSSIER_RECEIVED, dossier, new DossierReceived(
                    dossier, "1.005076", 1, "Cấp phép hoạt động trung tâm ngoại ngữ, tin học", a.agency,
                    Agency.FOREIGN_LANGUAGE, channel, ApplicantType.BUSINESS, "Công ty A", receivedAt, due, null,
                    null, null, List.of(), false, true, receivedAt, receivedAt));
            if (i < 508) {
                resolve(a, dossier, due, Agency.at(day.plusDays(10) + "T10:00"), Agency.at(day.plusDays(10) + "T10:05"));
            } else if (i == 508) {
                // returned on its due day, entered in the software three days later
                resolve(a, dossier, due, Agency.at(due + "T16:00"), Agency.at(due.plusDays(3) + "T08:30"));
            }
        }
        Agency.flush();
        Map<String, Object> year = a.awaitTotal("2020-01-01", "2020-12-21",
                t -> ((Number) t.get("received")).intValue() == 557 && ((Number) t.get("resolved")).intValue() == 509);
        assertThat(year).containsEntry("resolvedEarly", 508).containsEntry("resolvedOnTime", 1)
                .containsEntry("resolvedLate", 0).containsEntry("inProgress", 48)
                .containsEntry("inProgressWithinDeadline", 48).containsEntry("inProgressOverdue", 0)
                .containsEntry("carriedOver", 0).containsEntry("recordedLate", 1)
                .containsEntry("onTimeRate", 1.0f).containsEntry("onTimeRateIncludingInProgress", 1.0f);
    }

    private static void resolve(Agency a, String dossier, LocalDate due, OffsetDateTime occurredAt,
            OffsetDateTime recordedAt) {
        Agency.sendAsync(Topics.CASES, Agency.PROCESSING, EventTypes.CASE_TRANSITIONED, dossier, new CaseTransitioned(
                dossier, "1.005076", a.code, Agency.FOREIGN_LANGUAGE.code(), CaseAction.RETURN_RESULT,
                CaseState.RESULT_READY, CaseState.RESULT_RETURNED, 10, new Actor("officer", "processing-officer", "P"),
                null, null, null, null, null, Channel.DIRECT, due, null, List.of(), occurredAt, recordedAt));
    }
}
