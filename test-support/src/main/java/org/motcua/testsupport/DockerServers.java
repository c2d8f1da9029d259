package org.motcua.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * On a machine with a Docker engine and no local servers, Testcontainers provides PostgreSQL 15 and an
 * Apache Kafka broker instead. The containers live as long as the test JVM.
 */
final class DockerServers {
    private DockerServers() {
    }

    static final String POSTGRES_USER = "postgres";
    private static Boolean available;
    private static KafkaContainer kafka;
    private static PostgreSQLContainer postgres;

    static synchronized boolean available() {
        if (available == null) {
            available = !"false".equals(System.getenv("MOTCUA_TEST_DOCKER"))
                    && DockerClientFactory.instance().isDockerAvailable();
        }
        return available;
    }

    static synchronized String kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    static synchronized String postgresJdbcBase() {
        if (postgres == null) {
            postgres = new PostgreSQLContainer("postgres:15-alpine").withUsername(POSTGRES_USER).withPassword("");
            postgres.withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
            postgres.start();
        }
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/";
    }
}
