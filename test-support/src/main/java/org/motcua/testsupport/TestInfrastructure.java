package org.motcua.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.motcua.contracts.Topics;

/**
 * The real servers the tests run against, found or started once per JVM:
 * <ol>
 * <li>a PostgreSQL answering at MOTCUA_TEST_PG_HOST:MOTCUA_TEST_PG_PORT (default 127.0.0.1:5432);
 * otherwise one in Docker (Testcontainers) when Docker is there; otherwise the embedded PostgreSQL
 * started by {@code deploy/local/postgres.sh --embedded};</li>
 * <li>a Kafka broker answering at 127.0.0.1:MOTCUA_TEST_KAFKA_PORT (default 19092); otherwise one in
 * Docker; otherwise the broker started by {@code deploy/local/kafka.sh} (left running for the next
 * module; {@code .ci/run} stops it).</li>
 * </ol>
 */
public final class TestInfrastructure {
    private TestInfrastructure() {
    }

    private static String jdbcBase;
    private static String pgUser = "postgres";
    private static String bootstrapServers;

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            int port = Integer.parseInt(env("MOTCUA_TEST_KAFKA_PORT", "19092"));
            if (answers("127.0.0.1", port)) {
                bootstrapServers = "127.0.0.1:" + port;
            } else if (DockerServers.available()) {
                bootstrapServers = DockerServers.kafka();
            } else {
                runScript(Map.of("KAFKA_PORT", String.valueOf(port)), "deploy/local/kafka.sh", "start");
                bootstrapServers = "127.0.0.1:" + port;
            }
            createTopics(bootstrapServers);
        }
        return bootstrapServers;
    }

    /** Stops the test broker started by {@code deploy/local/kafka.sh} (fault tests). */
    public static void stopKafka() {
        runScript(Map.of("KAFKA_PORT", env("MOTCUA_TEST_KAFKA_PORT", "19092")), "deploy/local/kafka.sh", "stop");
    }

    /** Starts the test broker again on the same port and data (fault tests). */
    public static void startKafka() {
        runScript(Map.of("KAFKA_PORT", env("MOTCUA_TEST_KAFKA_PORT", "19092")), "deploy/local/kafka.sh", "start");
    }

    /** {@code jdbc:postgresql://host:port/} of the test server, without a database name. */
    public static synchronized String jdbcBase() {
        if (jdbcBase == null) {
            String host = env("MOTCUA_TEST_PG_HOST", "127.0.0.1");
            int port = Integer.parseInt(env("MOTCUA_TEST_PG_PORT", "5432"));
            if (!"true".equals(System.getenv("MOTCUA_EMBEDDED_PG")) && answers(host, port)) {
                jdbcBase = "jdbc:postgresql://" + host + ":" + port + "/";
            } else if (!"true".equals(System.getenv("MOTCUA_EMBEDDED_PG")) && DockerServers.available()) {
                jdbcBase = DockerServers.postgresJdbcBase();
                pgUser = DockerServers.POSTGRES_USER;
            } else {
                runScript(Map.of("MOTCUA_EMBEDDED_PG", "true"), "deploy/local/postgres.sh", "start", "--embedded");
                Map<String, String> pgEnv = readEnvFile(RepositoryLayout.testDataDir().resolve("postgres.env"));
                jdbcBase = "jdbc:postgresql://" + pgEnv.get("PGHOST") + ":" + pgEnv.get("PGPORT") + "/";
                pgUser = pgEnv.getOrDefault("PGUSER", "postgres");
            }
        }
        return jdbcBase;
    }

    public static String postgresUser() {
        jdbcBase();
        return pgUser;
    }

    /**
     * The name a test database really gets: {@code base} followed by {@code MOTCUA_TEST_DB_SUFFIX}, so that
     * two checkouts (git worktrees) can run their tests on one PostgreSQL server at the same time.
     */
    public static String databaseName(String base) {
        return base + env("MOTCUA_TEST_DB_SUFFIX", "");
    }

    /** Drops and creates {@code database}: each test run starts from an empty schema. */
    public static void recreateDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcBase() + "postgres", postgresUser(), "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database, e);
        }
    }

    /** Creates every topic of {@link Topics#ALL} that is missing (the broker never auto-creates). */
    public static void createTopics(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = new ArrayList<>();
            for (Topics.TopicSpec spec : Topics.ALL) {
                Map<String, String> config = new HashMap<>();
                config.put("cleanup.policy", spec.compacted() ? "compact" : "delete");
                config.put("retention.ms", String.valueOf(spec.retentionMs()));
                topics.add(new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(config));
            }
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + name, e);
                    }
                }
            });
        }
    }

    /** Creates a topic of the tests' own (delete policy) if it is missing. */
    public static void createTopic(String name, int partitions) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + name, e);
            }
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void runScript(Map<String, String> extraEnv, String script, String... args) {
        Path root = RepositoryLayout.root();
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(root.resolve(script).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        builder.environment().put("MOTCUA_DATA_DIR", RepositoryLayout.testDataDir().toString());
        builder.environment().putAll(extraEnv);
        try {
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> readEnvFile(Path file) {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).replace("export ", "").trim(),
                            line.substring(eq + 1).trim().replace("\"", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return values;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
