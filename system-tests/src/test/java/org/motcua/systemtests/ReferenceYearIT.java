package org.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.replay.Form06Table;
import org.motcua.replay.ReferenceYearPlan;
import org.motcua.replay.ReferenceYearReplay;

/** The reference case of ../shared/DOMAIN.md, replayed through the public APIs. */
class ReferenceYearIT {

    @Test
    @DisplayName("the Department of Education and Training's 2020 replays to 557 received, 508 early, 1 on time but entered late, 48 in progress, 0 late")
    void referenceYear() throws Exception {
        SuiteSteps.importReferenceCatalogue();
        Suite suite = SuiteSteps.suite();
        ReferenceYearReplay replay = new ReferenceYearReplay(SuiteSteps.CLIENT, suite.url(Suite.CATALOG),
                suite.url(Suite.INTAKE), suite.url(Suite.PROCESSING), suite.url(Suite.REPORTING));
        long start = System.nanoTime();
        List<ReferenceYearPlan.PlannedDossier> plan = replay.run();
        System.out.printf("[reference year] %d dossiers imported and processed in %d ms%n", plan.size(),
                (System.nanoTime() - start) / 1_000_000);
        JsonNode form06 = replay.awaitForm06(120_000);
        System.out.println(Form06Table.render(form06));
        JsonNode total = form06.path("total");
        assertThat(total.path("received").asInt()).isEqualTo(557);
        assertThat(total.path("resolvedEarly").asInt()).isEqualTo(508);
        assertThat(total.path("resolvedOnTime").asInt()).isEqualTo(1);
        assertThat(total.path("resolvedLate").asInt()).isZero();
        assertThat(total.path("inProgressWithinDeadline").asInt()).isEqualTo(48);
        assertThat(total.path("inProgressOverdue").asInt()).isZero();
        // the one return entered the next morning is the only late entry: the data-entry lag, not late service
        assertThat(total.path("recordedLate").asInt()).isEqualTo(1);
    }
}
