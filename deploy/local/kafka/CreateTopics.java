/*
 * Creates the topics listed in deploy/local/topics.conf on a Kafka cluster,
 * skipping those that exist (like `kafka-topics --create --if-not-exists`),
 * in one JVM with one AdminClient.
 *
 * Usage (single-file source program, the broker's jars on the classpath):
 *   java -cp "$CP" CreateTopics.java BOOTSTRAP TOPICS_FILE [REPLICATION_FACTOR]
 *
 * topics.conf: one topic per line, `name partitions cleanup.policy retention.ms`;
 * blank lines and lines starting with # are ignored.
 *
 * Exit codes: 0 all topics exist afterwards; 1 a topic could not be created
 * or the cluster did not answer; 2 bad arguments or a malformed file.
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

public class CreateTopics {

    record Spec(String name, int partitions, String cleanupPolicy, String retentionMs) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java -cp CP CreateTopics.java BOOTSTRAP TOPICS_FILE [REPLICATION_FACTOR]");
            System.exit(2);
        }
        String bootstrap = args[0];
        Path file = Path.of(args[1]);
        short replication = args.length == 3 ? Short.parseShort(args[2]) : 1;
        List<Spec> specs = parse(file);
        if (specs.isEmpty()) {
            System.out.println("no topics in " + file);
            return;
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "motcua-create-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");

        int failures = 0;
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> toCreate = new ArrayList<>();
            List<String> present = new ArrayList<>();
            for (Spec s : specs) {
                if (existing.contains(s.name())) {
                    present.add(s.name());
                    continue;
                }
                Map<String, String> configs = new HashMap<>();
                configs.put("cleanup.policy", s.cleanupPolicy());
                configs.put("retention.ms", s.retentionMs());
                toCreate.add(new NewTopic(s.name(), s.partitions(), replication).configs(configs));
            }
            if (!toCreate.isEmpty()) {
                CreateTopicsResult result = admin.createTopics(toCreate);
                for (NewTopic t : toCreate) {
                    try {
                        result.values().get(t.name()).get(30, TimeUnit.SECONDS);
                        System.out.printf("created %-28s partitions=%d %s%n", t.name(), t.numPartitions(), t.configs());
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof TopicExistsException) {
                            present.add(t.name());
                        } else {
                            failures++;
                            System.err.printf("FAILED  %-28s %s%n", t.name(), e.getCause());
                        }
                    }
                }
            }
            if (!present.isEmpty()) {
                Map<String, TopicDescription> described =
                        admin.describeTopics(present).allTopicNames().get(30, TimeUnit.SECONDS);
                for (Spec s : specs) {
                    TopicDescription d = described.get(s.name());
                    if (d == null) {
                        continue;
                    }
                    int actual = d.partitions().size();
                    if (actual != s.partitions()) {
                        System.out.printf("exists  %-28s partitions=%d (topics.conf says %d: left as is)%n",
                                s.name(), actual, s.partitions());
                    } else {
                        System.out.printf("exists  %-28s partitions=%d%n", s.name(), actual);
                    }
                }
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    static List<Spec> parse(Path file) throws Exception {
        List<Spec> specs = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                fail(file, lineNo, "expected 4 fields (name partitions cleanup.policy retention.ms): " + line);
            }
            int partitions;
            try {
                partitions = Integer.parseInt(f[1]);
                Long.parseLong(f[3]);
            } catch (NumberFormatException e) {
                fail(file, lineNo, "partitions and retention.ms must be numbers: " + line);
                return specs;
            }
            if (partitions < 1) {
                fail(file, lineNo, "partitions must be >= 1: " + line);
            }
            if (!Set.of("delete", "compact", "compact,delete", "delete,compact").contains(f[2])) {
                fail(file, lineNo, "cleanup.policy must be delete, compact or compact,delete: " + line);
            }
            specs.add(new Spec(f[0], partitions, f[2], f[3]));
        }
        return specs;
    }

    static void fail(Path file, int lineNo, String message) {
        System.err.println(file + ":" + lineNo + ": " + message);
        System.exit(2);
    }
}
