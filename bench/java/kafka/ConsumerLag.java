import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the consumer groups are behind on some topics, looked at every 500 ms from one JVM until they have
 * caught up (no lag on two looks in a row) or the time is up: what bench/lib/suite.sh's wait_drained used to ask
 * Kafka's ConsumerGroupCommand for, one JVM start (seconds on a loaded 2-core machine) per look.
 * Counts the partitions a group has committed an offset for, as that command's LAG column does.
 *
 * Usage (compiled against the broker's classpath):
 *   java -cp CLASSES:KAFKA_CLASSPATH ConsumerLag BOOTSTRAP SECONDS TOPIC...
 * Prints: first=<lag at the first look> last=<lag at the last>; exit status 0 when caught up, 1 when not.
 */
public class ConsumerLag {

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        Set<String> topics = Set.of(java.util.Arrays.copyOfRange(args, 2, args.length));
        long first = -1, last = -1;
        int zeros = 0;
        try (Admin admin = Admin.create(props)) {
            while (zeros < 2 && System.nanoTime() < deadline) {
                last = lag(admin, topics);
                first = first < 0 ? last : first;
                zeros = last == 0 ? zeros + 1 : 0;
                if (zeros < 2) {
                    Thread.sleep(500);
                }
            }
        }
        System.out.println("first=" + first + " last=" + last);
        System.exit(zeros >= 2 ? 0 : 1);
    }

    @SuppressWarnings({"deprecation", "removal"}) // listConsumerGroups: replaced by listGroups in Kafka 4
    static long lag(Admin admin, Set<String> topics) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        long sum = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            committed.clear();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get().entrySet()) {
                if (topics.contains(e.getKey().topic()) && e.getValue() != null) {
                    committed.put(e.getKey(), e.getValue().offset());
                }
            }
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(latest).all()
                    .get().entrySet()) {
                sum += Math.max(0, e.getValue().offset() - committed.get(e.getKey()));
            }
        }
        return sum;
    }
}
