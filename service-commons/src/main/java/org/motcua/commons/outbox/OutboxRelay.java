package org.motcua.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.motcua.commons.tx.CappedBackoff;
import org.motcua.commons.tracing.TraceHeaders;
import org.motcua.contracts.EventEnvelope;

/**
 * Publishes the outbox in commit order, at least once: reads a batch of pending events, sends them,
 * waits for the broker's acknowledgement, then marks them published. A failure (broker down) rolls the
 * batch back and retries with a capped back-off; consumers drop the duplicates by event id.
 * A PostgreSQL advisory lock makes one relay per database publish at a time, which keeps the order
 * when several replicas of a service run.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_ID = 0x6d6f74637561L; // "motcua"

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    OutboxProducerFactory producerFactory;
    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Counter published;
    private DistributionSummary batches;
    private KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        published = Counter.builder("motcua_outbox_published").description("Events published from the outbox")
                .register(registry);
        batches = DistributionSummary.builder("motcua_outbox_batch_events")
                .description("Events a relay transaction published (its count is the number of such transactions)")
                .register(registry);
        producer = producerFactory.create();
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to look at the outbox now instead of at its next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        CappedBackoff backoff = new CappedBackoff(config.maxBackoff());
        while (running) {
            try {
                int sent = publishBatch();
                if (backoff.failing()) {
                    LOG.info("Outbox relay recovered: publishing again");
                }
                backoff.reset();
                if (sent < config.batchSize()) {
                    // The outbox is drained: wait for a commit's wake-up (one that came during this batch
                    // ends the wait at once) or the next poll. Reading again straight away would find
                    // nothing in most cases and cost a transaction per batch (measured: half the relay's).
                    if (wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)
                            && !config.linger().isZero() && running) {
                        Thread.sleep(config.linger().toMillis());
                    }
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!backoff.failing()) {
                    LOG.warnf("Outbox relay cannot publish (%s); retrying with back-off", rootMessage(e));
                }
                backoff.pause();
            }
        }
    }

    /** Publishes one batch; returns how many events were sent. */
    int publishBatch() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int sent = publishBatch(connection);
                connection.commit();
                if (sent > 0) {
                    published.increment(sent);
                    batches.record(sent);
                }
                return sent;
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishBatch(Connection connection) throws SQLException, InterruptedException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_ID);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<?>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, topic, event_key, payload, traceparent, tracestate FROM outbox_event
                WHERE published_at IS NULL ORDER BY id LIMIT ?""")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString(2), rs.getString(3),
                            rs.getString(4));
                    record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes());
                    addTraceHeaders(record, rs.getString(5), rs.getString(6));
                    acks.add(producer.send(record));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        producer.flush();
        for (Future<?> ack : acks) {
            try {
                ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("Broker did not acknowledge an outbox event", e);
            }
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            mark.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            mark.executeUpdate();
        }
        return ids.size();
    }

    /** The W3C trace context of the transaction that wrote the event, so that consumers continue its trace. */
    private static void addTraceHeaders(ProducerRecord<String, String> record, String traceparent, String tracestate) {
        if (traceparent != null) {
            record.headers().add(TraceHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (tracestate != null) {
            record.headers().add(TraceHeaders.TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
