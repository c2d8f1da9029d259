package org.motcua.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motcua.commons.inbox.IdempotentConsumer;
import org.motcua.commons.inbox.ProcessedEvents;
import org.motcua.commons.problem.ProblemException;
import org.motcua.contracts.EventEnvelope;
import org.motcua.contracts.Topics;
import org.motcua.contracts.VietnamTime;
import org.motcua.reporting.events.ReportingEvents;

/**
 * Drops the read model and replays intake.dossiers.v1 and processing.cases.v1 from the beginning, up to
 * the end offsets captured when it starts, with a dedicated consumer that commits nothing (the live
 * group's offsets are untouched), a polled batch per transaction. The live consumers wait at the {@link RebuildGate} meanwhile and
 * resume afterwards; events replayed already are duplicates for them. One rebuild at a time.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    @Inject
    EntityManager em;
    @Inject
    IdempotentConsumer consumer;
    @Inject
    ProcessedEvents processedEvents;
    @Inject
    ReportingEvents events;
    @Inject
    RebuildGate gate;
    @Inject
    FactProjection projection;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile RebuildStatus status = RebuildStatus.IDLE;
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile long toReplay;

    public synchronized RebuildStatus start() {
        if (status.running()) {
            throw ProblemException.conflict("Đang dựng lại dữ liệu báo cáo, vui lòng chờ lần dựng hiện tại kết thúc.");
        }
        replayed.set(0);
        rejected.set(0);
        toReplay = 0;
        status = new RebuildStatus("RUNNING", VietnamTime.now(), null, 0, 0, 0, null);
        Thread worker = new Thread(this::run, "reporting-rebuild");
        worker.setDaemon(true);
        worker.start();
        return status();
    }

    public RebuildStatus status() {
        RebuildStatus s = status;
        return new RebuildStatus(s.state(), s.startedAt(), s.finishedAt(), toReplay, replayed.get(), rejected.get(),
                s.error());
    }

    public boolean running() {
        return status.running();
    }

    private void run() {
        try {
            gate.exclusive(() -> {
                emptyReadModel();
                replay();
                return null;
            });
            finish("DONE", null);
        } catch (RuntimeException e) {
            LOG.error("Rebuild of the reporting read model failed", e);
            finish("FAILED", e.getMessage());
        }
    }

    private void finish(String state, String error) {
        RebuildStatus s = status;
        status = new RebuildStatus(state, s.startedAt(), VietnamTime.now(), toReplay, replayed.get(), rejected.get(),
                error);
        LOG.infof("Rebuild %s: %d events replayed, %d rejected", state, replayed.get(), rejected.get());
    }

    private void emptyReadModel() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("TRUNCATE dossier_fact, daily_count, monthly_count, open_count, dimension_name").executeUpdate();
            em.createNativeQuery("DELETE FROM processed_event WHERE consumer_name = :c")
                    .setParameter("c", ReportingEvents.CONSUMER).executeUpdate();
        });
    }

    private void replay() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.DOSSIERS, Topics.CASES)) {
                kafka.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = kafka.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            Set<TopicPartition> remaining = new HashSet<>();
            for (TopicPartition p : partitions) {
                toReplay += end.get(p) - begin.get(p);
                if (end.get(p) > begin.get(p)) {
                    remaining.add(p);
                }
            }
            kafka.pause(partitions.stream().filter(p -> !remaining.contains(p)).toList());
            while (!remaining.isEmpty()) {
                List<String> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    TopicPartition p = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(p)) {
                        batch.add(record.value());
                    }
                }
                replayBatch(batch);
                for (TopicPartition p : new ArrayList<>(remaining)) {
                    if (kafka.position(p) >= end.get(p)) {
                        remaining.remove(p);
                        kafka.pause(List.of(p));
                    }
                }
            }
        }
    }

    /**
     * Replays a polled batch in one transaction (one commit instead of one per event). If anything in it
     * fails (a poison message), the batch is rolled back and replayed event by event through
     * {@link IdempotentConsumer#handle}, which isolates the culprit.
     */
    private void replayBatch(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<EventEnvelope> parsed = batch.stream().map(consumer::parse).toList();
                Set<String> fresh = processedEvents.firstTimes(ReportingEvents.CONSUMER, parsed);
                for (EventEnvelope event : parsed) {
                    if (fresh.remove(event.id())) {
                        events.apply(event);
                    }
                }
                projection.writeCounters();
            });
            replayed.addAndGet(batch.size());
        } catch (RuntimeException e) {
            batch.forEach(this::replayOne);
        }
    }

    private void replayOne(String raw) {
        try {
            consumer.handle(ReportingEvents.CONSUMER, raw, events::apply, projection::writeCounters);
            replayed.incrementAndGet();
        } catch (RuntimeException e) {
            // the live consumer dead-lettered it already
            rejected.incrementAndGet();
        }
    }
}
