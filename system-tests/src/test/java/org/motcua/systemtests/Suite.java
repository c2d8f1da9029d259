package org.motcua.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.motcua.testsupport.RepositoryLayout;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * The whole suite started once per test JVM: the four packaged services as processes, each with its own
 * fresh database, against the real test broker and PostgreSQL. Stopped by a shutdown hook.
 */
final class Suite {

    static final String CATALOG = "procedure-catalog-service";
    static final String INTAKE = "intake-service";
    static final String PROCESSING = "processing-service";
    static final String REPORTING = "reporting-service";
    private static final Map<String, String> DATABASES = Map.of(CATALOG, "catalog_st", INTAKE, "intake_st",
            PROCESSING, "processing_st", REPORTING, "reporting_st");

    private static Suite instance;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    static synchronized Suite get() {
        if (instance == null) {
            instance = new Suite();
            // before start(): a service that is not ready in time must not leave the others running
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            instance.start();
        }
        return instance;
    }

    String url(String service) {
        return services.get(service).url();
    }

    /** The databases of the four services, as really named (HostileInputIT counts their rows). */
    static java.util.List<String> databases() {
        return DATABASES.values().stream().map(TestInfrastructure::databaseName).sorted().toList();
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /** JDBC URL of a service's own database (fault tests reconcile counts there). */
    String jdbcUrl(String service) {
        return TestInfrastructure.jdbcBase() + TestInfrastructure.databaseName(DATABASES.get(service));
    }

    private void start() {
        Path root = RepositoryLayout.root();
        Path logs = root.resolve("system-tests/target/service-logs");
        Path publicKey = root.resolve("system-tests/target/test-public.pem");
        try {
            Files.createDirectories(logs);
            try (InputStream key = TestTokens.class.getResourceAsStream("/test-keys/public.pem")) {
                Files.write(publicKey, key.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TestInfrastructure.stopKafka();
        deleteRecursively(RepositoryLayout.testDataDir().resolve("kafka-" + System.getenv("MOTCUA_TEST_KAFKA_PORT")));
        String bootstrap = TestInfrastructure.bootstrapServers();
        for (String service : new String[] {CATALOG, INTAKE, PROCESSING, REPORTING}) {
            String database = TestInfrastructure.databaseName(DATABASES.get(service));
            TestInfrastructure.recreateDatabase(database);
            int port = freePort();
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", TestInfrastructure.jdbcBase() + database);
            env.put("QUARKUS_DATASOURCE_USERNAME", TestInfrastructure.postgresUser());
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey);
            env.put("MOTCUA_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
            // every span exported to the test's own OTLP receiver (TraceIT), within half a second
            env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "1");
            env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
            env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", OtlpReceiver.get().endpoint());
            env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "500ms");
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            ServiceProcess process = new ServiceProcess(service, port, jar, env, logs.resolve(service + ".log"));
            services.put(service, process);
            process.start();
        }
        // 300 s: on 2 cores shared with other builds a start of 120 s was seen
        services.values().forEach(s -> s.awaitReady(Duration.ofSeconds(300)));
    }

    private void stop() {
        services.values().forEach(ServiceProcess::stop);
        TestInfrastructure.stopKafka();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
