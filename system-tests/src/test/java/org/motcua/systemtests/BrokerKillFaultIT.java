package org.motcua.systemtests;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.VietnamTime;

/**
 * The broker crashes (SIGKILL) a third of the way through 10,000 submissions and comes back a few seconds
 * later: intake, processing and reporting then agree with what the clients saw, exactly.
 */
class BrokerKillFaultIT {

    static final List<String> PROCEDURES = List.of("SGDDT-012", "SGDDT-013", "SGDDT-015", "SGDDT-016", "SGDDT-018");

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
    }

    @Test
    @DisplayName("the broker is killed and restarted while dossiers are submitted and processed: 0 lost, 0 counted twice")
    void brokerKilledMidRun() throws Exception {
        int dossiers = Integer.getInteger("faults.broker.dossiers", 10_000);
        LocalDate today = VietnamTime.now().toLocalDate();
        FaultLoad load = new FaultLoad("broker-kill-" + System.currentTimeMillis(), PROCEDURES).warmUp();
        FaultCounts before = FaultChecks.settled(PROCEDURES, today);
        FaultLoad.Outcome outcome = load.run(dossiers, 16, 5, List.of(
                new FaultLoad.Fault(1.0 / 3, "broker SIGKILL, restarted 5 s later",
                        () -> BrokerKill.killAndRestartAfter(5_000))));
        FaultChecks.reconcile("broker kill", before, outcome, PROCEDURES, today);
    }
}
