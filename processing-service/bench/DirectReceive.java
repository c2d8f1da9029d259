import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays intake for lifecycle-bench.sh --direct: publishes N DossierReceived CloudEvents for codes PREFIX-0001...
 * on intake.dossiers.v1, received now, 15 working days, due in 21 days. Usage: java -cp KAFKA_CLASSPATH
 * DirectReceive.java BOOTSTRAP N PREFIX
 */
public class DirectReceive {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int n = Integer.parseInt(args[1]);
        String prefix = args[2];
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("acks", "all");
        props.put("linger.ms", "5");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        LocalDate due = now.toLocalDate().plusDays(21);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 1; i <= n; i++) {
                String code = String.format("%s-%04d", prefix, i);
                String data = "{\"dossierCode\":\"" + code + "\",\"procedureCode\":\"1.005076\",\"procedureVersion\":1,"
                        + "\"procedureName\":\"Bench\",\"agency\":{\"code\":\"000.00.12.H38\",\"name\":\"Sở GD&ĐT\"},"
                        + "\"field\":{\"code\":\"GDDT\",\"name\":\"Giáo dục\"},\"channel\":\"DIRECT\","
                        + "\"applicantType\":\"BUSINESS\",\"applicantName\":\"Bench\",\"receivedAt\":\"" + iso.format(now)
                        + "\",\"dueDate\":\"" + due + "\",\"dueAt\":\"" + due + "T17:00:00+07:00\","
                        + "\"committed\":{\"value\":15,\"unit\":\"WORKING_DAYS\"},"
                        + "\"statutory\":{\"value\":15,\"unit\":\"WORKING_DAYS\"},\"componentCodes\":[],"
                        + "\"digitised\":false,\"imported\":false,\"occurredAt\":\"" + iso.format(now)
                        + "\",\"recordedAt\":\"" + iso.format(now) + "\"}";
                String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/bench\","
                        + "\"type\":\"org.motcua.intake.dossier-received.v1\",\"datacontenttype\":\"application/json\","
                        + "\"subject\":\"" + code + "\",\"time\":\"" + iso.format(now) + "\",\"data\":" + data + "}";
                producer.send(new ProducerRecord<>("intake.dossiers.v1", code, event));
            }
            producer.flush();
        }
    }
}
