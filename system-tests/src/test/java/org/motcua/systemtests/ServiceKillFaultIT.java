package org.motcua.systemtests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.VietnamTime;

/**
 * Intake, then processing, then reporting crash (SIGKILL) during one run and are started again; the clients
 * retry what failed with the same Idempotency-Key: afterwards the three services agree with the clients.
 */
class ServiceKillFaultIT {

    @BeforeAll
    static void catalogue() throws Exception {
        SuiteSteps.importReferenceCatalogue();
    }

    @Test
    @DisplayName("intake, processing and reporting are each killed and restarted mid-run: 0 lost, 0 counted twice")
    void servicesKilledMidRun() throws Exception {
        int dossiers = Integer.getInteger("faults.service.dossiers", 4_000);
        List<String> procedures = BrokerKillFaultIT.PROCEDURES;
        LocalDate today = VietnamTime.now().toLocalDate();
        FaultLoad load = new FaultLoad("service-kill-" + System.currentTimeMillis(), procedures).warmUp();
        FaultCounts before = FaultChecks.settled(procedures, today);
        FaultLoad.Outcome outcome = load.run(dossiers, 16, 5, List.of(
                new FaultLoad.Fault(0.2, "intake SIGKILL and restart", () -> crash(Suite.INTAKE)),
                new FaultLoad.Fault(0.45, "processing SIGKILL and restart", () -> crash(Suite.PROCESSING)),
                new FaultLoad.Fault(0.7, "reporting SIGKILL and restart", () -> crash(Suite.REPORTING))));
        FaultChecks.reconcile("service kill", before, outcome, procedures, today);
    }

    private static void crash(String name) {
        ServiceProcess service = Suite.get().service(name);
        try {
            service.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long start = System.nanoTime();
        service.start();
        service.awaitReady(Duration.ofSeconds(300));
        System.out.printf("[service kill] %s ready again %.1f s after SIGKILL%n", name, (System.nanoTime() - start) / 1e9);
    }
}
