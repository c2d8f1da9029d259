package org.motcua.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The batching of one agency's receipts, without a database: items are strings, the writer records its batches. */
class ReceiptLanesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    /** Every batch written, in the order written. */
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Answers "item#n", n the item's number in the lane: what consecutive numbers a batch at a time look like. */
    private ReceiptLanes<String, String, String> numbering(int maxBatch, Function<String, Object> conflictKey) {
        AtomicInteger last = new AtomicInteger();
        return new ReceiptLanes<>(maxBatch, batch -> {
            batches.add(List.copyOf(batch));
            int first = last.getAndAdd(batch.size()) + 1;
            return IntStream.range(0, batch.size()).mapToObj(i -> batch.get(i) + "#" + (first + i)).toList();
        }, conflictKey);
    }

    /** Items d0, d1, ... to the lane TTPVHCC from the pool's 16 threads; their answers in the items' order. */
    private List<Future<String>> submitAtOnce(ReceiptLanes<String, String, String> lanes, int count) {
        return IntStream.range(0, count).mapToObj(i -> pool.submit(() -> lanes.submit("TTPVHCC", "d" + i))).toList();
    }

    @Test
    @DisplayName("one receipt at a quiet desk is written at once, alone, and its idle lane is dropped")
    void quietDesk() throws Exception {
        ReceiptLanes<String, String, String> lanes = numbering(64, item -> null);
        assertThat(lanes.submit("TTPVHCC", "a")).isEqualTo("a#1");
        assertThat(batches).containsExactly(List.of("a"));
        assertThat(lanes.lanesInUse()).isZero();
    }

    @Test
    @DisplayName("400 receipts from 16 counters at once: each written once, answered to its own caller, numbers 1-400 without gaps")
    void openingHourRush() throws Exception {
        ReceiptLanes<String, String, String> lanes = numbering(64, item -> null);
        List<Future<String>> answers = submitAtOnce(lanes, 400);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String answer = answers.get(i).get(30, TimeUnit.SECONDS);
            assertThat(answer).startsWith("d" + i + "#");
            numbers.add(Integer.parseInt(answer.substring(answer.indexOf('#') + 1)));
        }
        Collections.sort(numbers);
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 400).boxed().toList());
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(400);
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 64));
        assertThat(lanes.lanesInUse()).isZero();
    }

    @Test
    @DisplayName("receipts that arrive while a batch is written wait, and go together in the next one")
    void waitersGoTogether() throws Exception {
        writeWhileFirstBatchIsHeld(item -> null, "first", List.of("w0", "w1", "w2", "w3", "w4"));
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("w0", "w1", "w2", "w3", "w4");
    }

    /** A lane whose writer holds the first batch until released, and fails any batch with the item "bad". */
    private final class HeldWriter {
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final ReceiptLanes<String, String, String> lanes;

        HeldWriter(Function<String, Object> conflictKey) {
            lanes = new ReceiptLanes<>(64, batch -> {
                batches.add(List.copyOf(batch));
                if (batches.size() == 1) {
                    firstStarted.countDown();
                    release.await();
                }
                if (batch.contains("bad")) {
                    throw new IllegalStateException("the key of 'bad' is taken");
                }
                return batch;
            }, conflictKey);
        }
    }

    /**
     * Submits {@code first}, holds its batch in the writer until the {@code waiting} items are queued behind it,
     * then lets everything be written; every item's answer is its own (the writer answers each with itself).
     */
    private void writeWhileFirstBatchIsHeld(Function<String, Object> conflictKey, String first, List<String> waiting)
            throws Exception {
        HeldWriter writer = new HeldWriter(conflictKey);
        Future<String> firstAnswer = pool.submit(() -> writer.lanes.submit("TTPVHCC", first));
        assertThat(writer.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> answers = new ArrayList<>();
        for (String item : waiting) {
            answers.add(pool.submit(() -> writer.lanes.submit("TTPVHCC", item)));
        }
        Thread.sleep(300); // the others are queued behind the batch being written
        writer.release.countDown();
        assertThat(firstAnswer.get(10, TimeUnit.SECONDS)).isEqualTo(first);
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(waiting.get(i));
        }
    }

    @Test
    @DisplayName("two agencies' receipts never share a batch: each lane is its own sequence row")
    void agenciesApart() throws Exception {
        ReceiptLanes<String, String, String> lanes = numbering(64, item -> null);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String agency = i % 2 == 0 ? "SOTP" : "SOXD";
            String item = agency + "-" + i;
            answers.add(pool.submit(() -> lanes.submit(agency, item)));
        }
        for (Future<String> a : answers) {
            a.get(30, TimeUnit.SECONDS);
        }
        assertThat(batches).allSatisfy(b -> assertThat(b.stream().map(item -> item.substring(0, 4)).distinct())
                .hasSize(1));
    }

    @Test
    @DisplayName("a portal retrying one request: the copies with the same key are never in one batch")
    void sameKeyApart() throws Exception {
        // the key: the item's first letter
        writeWhileFirstBatchIsHeld(item -> item.substring(0, 1), "x0", List.of("k1", "k2", "m1", "k3"));
        assertThat(batches.subList(1, batches.size())).allSatisfy(b -> assertThat(
                b.stream().map(item -> item.substring(0, 1))).doesNotHaveDuplicates());
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(5);
    }

    @Test
    @DisplayName("a batch that fails fails each of its receipts, to be written alone; the lane goes on")
    void failedBatch() throws Exception {
        ReceiptLanes<String, String, String> lanes = new ReceiptLanes<>(64, batch -> {
            batches.add(List.copyOf(batch));
            if (batch.contains("bad")) {
                throw new IllegalStateException("the key of 'bad' is taken");
            }
            return batch;
        }, item -> null);
        assertThatThrownBy(() -> lanes.submit("TTPVHCC", "bad")).isInstanceOf(ReceiptLanes.BatchFailed.class)
                .hasRootCauseMessage("the key of 'bad' is taken")
                .satisfies(e -> assertThat(((ReceiptLanes.BatchFailed) e).alone()).as("a batch of one").isTrue());
        assertThat(lanes.submit("TTPVHCC", "good")).isEqualTo("good");
        assertThat(lanes.lanesInUse()).isZero();
    }

    @Test
    @DisplayName("a shared batch that fails tells each of its receipts to be written alone again")
    void failedSharedBatch() throws Exception {
        HeldWriter writer = new HeldWriter(item -> null);
        Future<String> first = pool.submit(() -> writer.lanes.submit("TTPVHCC", "first"));
        assertThat(writer.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> shared = List.of(pool.submit(() -> writer.lanes.submit("TTPVHCC", "bad")),
                pool.submit(() -> writer.lanes.submit("TTPVHCC", "good")));
        Thread.sleep(300); // both queued behind the first batch
        writer.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        for (Future<String> f : shared) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ReceiptLanes.BatchFailed.class)
                    .satisfies(e -> assertThat(((ReceiptLanes.BatchFailed) e.getCause()).alone()).isFalse());
        }
        assertThat(batches).hasSize(2);
    }

    @Test
    @DisplayName("no batch is larger than the configured size")
    void batchSize() throws Exception {
        ReceiptLanes<String, String, String> lanes = numbering(4, item -> null);
        List<Future<String>> answers = submitAtOnce(lanes, 100);
        for (Future<String> a : answers) {
            a.get(30, TimeUnit.SECONDS);
        }
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 4));
        assertThatThrownBy(() -> numbering(0, item -> null)).isInstanceOf(IllegalArgumentException.class);
    }
}
