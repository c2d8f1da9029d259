package org.motcua.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.motcua.testsupport.RepositoryLayout;

/**
 * A PostgreSQL cluster of the fault tests' own (initdb + pg_ctl into {@code <test data>/pg-faults-PORT}), so
 * that stopping it under load never touches the machine's server that other tests and checkouts use. The
 * binaries are the machine's ({@code /usr/lib/postgresql/N/bin}) or those the embedded PostgreSQL unpacked.
 * As root, the server runs as the {@code postgres} user (PostgreSQL refuses to run as root).
 */
final class PrivatePostgres {

    private final int port;
    private final Path bin;
    private final Path data;

    private PrivatePostgres(int port, Path bin) {
        this.port = port;
        this.bin = bin;
        this.data = RepositoryLayout.testDataDir().resolve("pg-faults-" + port);
    }

    /** The cluster on {@code port}, or empty when no PostgreSQL binaries are installed. */
    static Optional<PrivatePostgres> on(int port) {
        return binaries().map(bin -> new PrivatePostgres(port, bin));
    }

    void start() {
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            try {
                Files.createDirectories(data);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (isRoot()) {
                run(List.of("chown", "-R", "postgres:postgres", data.toString()));
            }
            asServerUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8");
        }
        asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1"
                        + " -c max_connections=200 -c fsync=off", "start");
    }

    /** A fast shutdown: open connections are cut, as in a restart for maintenance. */
    void stop() {
        asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    boolean running() {
        return Files.isRegularFile(data.resolve("postmaster.pid"));
    }

    private void asServerUser(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> binaries() {
        List<Path> roots = List.of(Path.of("/usr/lib/postgresql"), RepositoryLayout.testDataDir().resolve("postgres/work"),
                RepositoryLayout.root().resolve(".data/test/postgres/work"));
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.find(root, 6, (p, a) -> p.getFileName().toString().equals("pg_ctl")
                    && Files.isExecutable(p))) {
                Optional<Path> found = files.map(Path::getParent).sorted(java.util.Comparator.reverseOrder()).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                // look further
            }
        }
        return Optional.empty();
    }
}
