package org.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Topics#ALL} and deploy/local/topics.conf (what the local broker is given) agree line by line. */
class TopicsConfigTest {

    static final String TOPICS_CONF = "deploy/local/topics.conf";

    record Line(String name, int partitions, String cleanupPolicy, long retentionMs) {
    }

    static Map<String, Line> readTopicsConf() throws IOException {
        Path file = ContractCatalogue.repositoryFile(TOPICS_CONF);
        Map<String, Line> lines = new LinkedHashMap<>();
        int number = 0;
        for (String raw : Files.readAllLines(file)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                fail(file + ":" + number + ": expected 'name partitions cleanup.policy retention.ms', got: " + raw);
            }
            try {
                Line previous = lines.put(f[0], new Line(f[0], Integer.parseInt(f[1]), f[2], Long.parseLong(f[3])));
                if (previous != null) {
                    fail(file + ":" + number + ": topic " + f[0] + " listed twice");
                }
            } catch (NumberFormatException e) {
                fail(file + ":" + number + ": partitions and retention.ms must be numbers: " + raw);
            }
        }
        return lines;
    }

    @Test
    @DisplayName("Topics.ALL matches deploy/local/topics.conf: names, partitions, compaction, retention")
    void topicsMatchLocalConfiguration() throws IOException {
        Map<String, Line> conf = readTopicsConf();
        List<String> problems = new ArrayList<>();
        for (Topics.TopicSpec spec : Topics.ALL) {
            Line line = conf.get(spec.name());
            if (line == null) {
                problems.add(spec.name() + ": in Topics.ALL but not in " + TOPICS_CONF);
                continue;
            }
            if (line.partitions() != spec.partitions()) {
                problems.add(spec.name() + ": partitions " + spec.partitions() + " in Topics.ALL, "
                        + line.partitions() + " in " + TOPICS_CONF);
            }
            boolean compacted = line.cleanupPolicy().contains("compact");
            boolean deletes = line.cleanupPolicy().contains("delete");
            if (compacted != spec.compacted() || (!spec.compacted() && !deletes)) {
                problems.add(spec.name() + ": compacted=" + spec.compacted() + " in Topics.ALL, cleanup.policy="
                        + line.cleanupPolicy() + " in " + TOPICS_CONF);
            }
            if (line.retentionMs() != spec.retentionMs()) {
                problems.add(spec.name() + ": retention.ms " + spec.retentionMs() + " in Topics.ALL, "
                        + line.retentionMs() + " in " + TOPICS_CONF);
            }
        }
        for (String name : conf.keySet()) {
            if (Topics.ALL.stream().noneMatch(s -> s.name().equals(name))) {
                problems.add(name + ": in " + TOPICS_CONF + " but not in Topics.ALL");
            }
        }
        assertTrue(problems.isEmpty(), () -> "Topics.ALL and " + TOPICS_CONF + " disagree:\n  - "
                + String.join("\n  - ", problems));
    }

    @Test
    @DisplayName("topic names carry a version, and each consuming service's dead-letter topic is in Topics.ALL")
    void topicNamesAreVersioned() {
        for (Topics.TopicSpec spec : Topics.ALL) {
            assertTrue(spec.name().matches("[a-z]+\\.[a-z-]+\\.v[0-9]+"), "versioned topic name: " + spec.name());
            assertTrue(spec.partitions() >= 1, spec.name());
        }
        for (String service : List.of("intake", "processing", "reporting")) {
            String dlt = Topics.deadLetter(service);
            assertEquals(1, Topics.ALL.stream().filter(s -> s.name().equals(dlt)).count(), dlt);
        }
        for (String topic : ContractCatalogue.TOPIC_OF.values()) {
            assertTrue(Topics.ALL.stream().anyMatch(s -> s.name().equals(topic)), topic + " is in Topics.ALL");
        }
    }
}
