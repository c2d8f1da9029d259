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
        JsonNode receipt = SuiteSteps.submitDossier("Lê Thị Mai");
        String code = receipt.path("code").asText();
        assertThat(code).matches("SGDDT-\\d{6}-\\d{4}");
        assertThat(receipt.path("nationalStatusCode").asInt()).isEqualTo(2);
        assertThat(receipt.path("dueDate").asText()).isNotBlank();

        JsonNode kase = SuiteSteps.awaitCase(code, Duration.ofSeconds(30));
        assertThat(kase.path("state").asText()).isEqualTo("RECEIVED");
        assertThat(kase.path("dueDate").asText()).isEqualTo(receipt.path("dueDate").asText());

        // no other system test receives a dossier today: exactly one, once
        await("counted in form 06").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> SuiteSteps.receivedOn(SuiteSteps.daysAgo(0)) == 1);

        SuiteClient.Answer lookup = SuiteSteps.CLIENT.get(
                SuiteSteps.suite().url(Suite.INTAKE) + "/api/v1/public/dossiers/" + code, null);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.text()).doesNotContain("001203004567").doesNotContain("0912345678")
                .doesNotContain("hong@example.vn");
    }
}
