package org.motcua.processing.it;

import static org.awaitility.Awaitility.await;
import static org.motcua.processing.it.Scenario.at;
import static org.motcua.processing.it.Scenario.calendars;
import static org.motcua.processing.it.Scenario.newCode;
import static org.motcua.processing.it.Scenario.open;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.processing.service.CalendarReplica;
import org.motcua.testsupport.Metrics;

@QuarkusTest
class BusinessMetricsTest {

    @Inject
    CalendarReplica replica;

    @Test
    @DisplayName("a case opened for a dossier received in March 2020 is one more open case and one more overdue case")
    void openAndOverdueCases() {
        calendars(replica);
        double open = Metrics.value("motcua_cases_open", null);
        double overdue = Metrics.value("motcua_cases_overdue", null);
        open(newCode(), "1.005076", at("2020-03-04T09:00"));
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Metrics.value("motcua_cases_open", null) == open + 1
                        && Metrics.value("motcua_cases_overdue", null) == overdue + 1);
    }
}
