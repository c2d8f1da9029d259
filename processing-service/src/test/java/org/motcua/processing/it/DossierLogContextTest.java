package org.motcua.processing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.motcua.processing.it.Scenario.calendars;
import static org.motcua.processing.it.Scenario.newCode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.EventTypes;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.processing.service.CalendarReplica;
import org.motcua.testsupport.KafkaTestClient;

@QuarkusTest
class DossierLogContextTest {

    @Inject
    CalendarReplica replica;

    @Test
    @DisplayName("what processing logs while it handles a dossier's event carries that dossier's code (MDC dossierCode)")
    void consumerLogsCarryTheDossierCode() {
        calendars(replica);
        String code = newCode();
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getFormattedMessage().contains(code)) {
                    seen.add(String.valueOf(ext.getMdc("dossierCode")));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.motcua.processing.service.IntakeActions");
        logger.addHandler(capture);
        try {
            // a withdrawal for a dossier processing never opened: logged and ignored
            KafkaTestClient.send(Topics.DOSSIERS, KafkaTestClient.event(Scenario.INTAKE, EventTypes.WITHDRAWAL_REQUESTED,
                    code, new WithdrawalRequested(code, "Công dân rút hồ sơ", VietnamTime.now(), VietnamTime.now())));
            await().atMost(Duration.ofSeconds(20)).until(() -> !seen.isEmpty());
            assertThat(seen).containsOnly(code);
        } finally {
            logger.removeHandler(capture);
        }
    }
}
