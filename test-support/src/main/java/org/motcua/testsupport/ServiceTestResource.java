package org.motcua.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a service under test its own freshly created database and the test broker. Use once per module:
 * {@code @WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
 * initArgs = @ResourceArg(name = "database", value = "intake_test"))}.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private String extraTopics;

    /** Init args: {@code database} (required); {@code topics}: extra topics to create, comma-separated. */
    @Override
    public void init(Map<String, String> initArgs) {
        database = TestInfrastructure.databaseName(initArgs.getOrDefault("database", "motcua_test"));
        extraTopics = initArgs.getOrDefault("topics", "");
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure.recreateDatabase(database);
        for (String topic : extraTopics.split(",")) {
            if (!topic.isBlank()) {
                TestInfrastructure.createTopic(topic.strip(), 1);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", TestInfrastructure.jdbcBase() + database,
                "quarkus.datasource.username", TestInfrastructure.postgresUser(),
                "kafka.bootstrap.servers", TestInfrastructure.bootstrapServers());
    }

    @Override
    public void stop() {
        // The servers outlive the module: the next module reuses them; .ci/run stops the broker.
    }
}
