package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.replay.SuiteClient;

/** One dossier through the four running services, over REST and Kafka. */
class WalkingSkeletonIT {

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
    }

    @Test
    @DisplayName("a dossier received at the desk is opened in processing, counted in reporting and visible to the public")
    void dossierFlowsThroughTheSuite() {
        // other system tests (bad input, dead letters) also receive dossiers today: count from a settled figure
        int before = settledReceivedToday();
        JsonNode receipt = SuiteSteps.submitDossier("Lê Thị Mai");
        String code = receipt.path("code").asText();
        assertThat(code).matches("SGDDT-\\d{6}-\\d{4}");
        assertThat(receipt.path("nationalStatusCode").asInt()).isEqualTo(2);
        assertThat(receipt.path("dueDate").asText()).isNotBlank();

        JsonNode kase = SuiteSteps.awaitCase(code, Duration.ofSeconds(30));
        assertThat(kase.path("state").asText()).isEqualTo("RECEIVED");
        assertThat(kase.path("dueDate").asText()).isEqualTo(receipt.path("dueDate").asText());

        // exactly one more, once
        await("counted in form 06").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> SuiteSteps.receivedOn(SuiteSteps.daysAgo(0)) == before + 1);
        await("still counted once").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> SuiteSteps.receivedOn(SuiteSteps.daysAgo(0)) == before + 1);

        SuiteClient.Answer lookup = SuiteSteps.CLIENT.get(
                SuiteSteps.suite().url(Suite.INTAKE) + "/api/v1/public/dossiers/" + code, null);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.text()).doesNotContain("001203004567").doesNotContain("0912345678")
                .doesNotContain("hong@example.vn");
    }

    /** Today's received count once it has not moved for 3 s (events of earlier tests may still be arriving). */
    private static int settledReceivedToday() {
        int[] last = {SuiteSteps.receivedOn(SuiteSteps.daysAgo(0))};
        await("today's count settled").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    int now = SuiteSteps.receivedOn(SuiteSteps.daysAgo(0));
                    boolean settled = now == last[0];
                    last[0] = now;
                    return settled;
                });
        return last[0];
    }
}
