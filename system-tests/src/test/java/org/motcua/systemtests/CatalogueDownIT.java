package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Intake checks dossiers against its own replica of the catalogue, not by calling the catalogue service. */
class CatalogueDownIT {

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
        SuiteSteps.submitDossier("Vũ Minh Châu", 3); // the replica is warm (a postmark three days ago)
    }

    @Test
    @DisplayName("the desk keeps receiving dossiers, with codes and appointment dates, while the catalogue service is down")
    void intakeWorksWithoutTheCatalogueService() {
        ServiceProcess catalogue = SuiteSteps.suite().service(Suite.CATALOG);
        catalogue.stop();
        try {
            assertThat(catalogue.status("/q/health/live")).isEqualTo(-1);
            JsonNode receipt = SuiteSteps.submitDossier("Hoàng Văn Nam", 4);
            assertThat(receipt.path("status").asText()).isEqualTo("RECEIVED");
            assertThat(receipt.path("code").asText()).matches("SGDDT-\\d{6}-\\d{4}");
            assertThat(receipt.path("dueDate").asText()).isNotBlank();
            SuiteSteps.awaitCase(receipt.path("code").asText(), Duration.ofSeconds(30));
        } finally {
            catalogue.start();
            catalogue.awaitReady(Duration.ofSeconds(120));
        }
    }
}
