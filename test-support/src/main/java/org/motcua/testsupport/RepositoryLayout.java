package org.motcua.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's scripts and data directory are, from any module's working directory. */
public final class RepositoryLayout {
    private RepositoryLayout() {
    }

    public static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/local/kafka.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("No deploy/local/kafka.sh above " + dir);
    }

    /** The data directory of test servers: {@code <repo>/.data/test} unless MOTCUA_TEST_DATA_DIR is set. */
    public static Path testDataDir() {
        String configured = System.getenv("MOTCUA_TEST_DATA_DIR");
        return configured != null ? Path.of(configured) : root().resolve(".data/test");
    }
}
