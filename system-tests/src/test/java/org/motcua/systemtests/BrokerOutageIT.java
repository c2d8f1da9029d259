package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestInfrastructure;

/** The transactional outbox: what intake accepted while the broker was down is delivered once it is back. */
class BrokerOutageIT {

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
        // the catalogue replica is warm before the broker goes away (a postmark two days ago: a day of its own)
        SuiteSteps.submitDossier("Phạm Văn Khoa", 2);
    }

    @Test
    @DisplayName("a dossier submitted while the broker is down is delivered to processing and reporting once it is back")
    void nothingLostWhileTheBrokerIsDown() {
        TestInfrastructure.stopKafka();
        String code;
        try {
            long start = System.nanoTime();
            JsonNode receipt = SuiteSteps.submitDossier("Đỗ Thị Lan", 1); // posted yesterday: no other test uses that day
            code = receipt.path("code").asText();
            System.out.printf("[broker outage] intake answered 201 in %d ms with the broker down (%s)%n",
                    (System.nanoTime() - start) / 1_000_000, code);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> SuiteSteps.caseStatus(code) == 404);
        } finally {
            TestInfrastructure.startKafka();
        }
        long restarted = System.nanoTime();
        JsonNode kase = SuiteSteps.awaitCase(code, Duration.ofSeconds(90));
        System.out.printf("[broker outage] case opened in processing %d ms after the broker restarted%n",
                (System.nanoTime() - restarted) / 1_000_000);
        assertThat(kase.path("state").asText()).isEqualTo("RECEIVED");
        // 0 lost, 0 counted twice: exactly one dossier received yesterday, and it stays one
        await("counted once in form 06").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> SuiteSteps.receivedOn(SuiteSteps.daysAgo(1)) == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> SuiteSteps.receivedOn(SuiteSteps.daysAgo(1)) == 1);
    }
}
