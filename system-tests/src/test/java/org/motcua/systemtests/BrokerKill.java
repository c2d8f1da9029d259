package org.motcua.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.motcua.testsupport.RepositoryLayout;
import org.motcua.testsupport.TestInfrastructure;

/**
 * The system tests' broker crashed and brought back: SIGKILL of the process {@code deploy/local/kafka.sh}
 * started (its pid file), no controlled shutdown, then {@code kafka.sh start} on the same data.
 */
final class BrokerKill {

    private BrokerKill() {
    }

    static void killAndRestartAfter(long downMillis) {
        long pid = pid();
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("broker " + pid + " not running"));
        broker.destroyForcibly(); // SIGKILL
        try {
            broker.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("broker " + pid + " survived SIGKILL", e);
        }
        FaultLoad.sleep(downMillis);
        TestInfrastructure.startKafka();
    }

    private static long pid() {
        Path file = RepositoryLayout.testDataDir()
                .resolve("kafka-" + System.getenv("MOTCUA_TEST_KAFKA_PORT")).resolve("kafka.pid");
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("No broker pid in " + file, e);
        }
    }
}
