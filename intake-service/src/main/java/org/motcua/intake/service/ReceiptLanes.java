package org.motcua.intake.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Receipts written together, a batch at a time: those that arrive while a batch is being written wait for it and
 * go together in the next one, in one transaction.
 *
 * <p>A dossier's code is its agency's next number of the day, without gaps, so the agency's counter row stays
 * locked from the number until the dossier's transaction commits, and one agency's dossiers are written one after
 * another. Written one a transaction, the row was held for four round trips and a commit each (3 ms on the
 * benchmark's machine, session 33): one agency's receipts could not pass ~700 a second however many clients sent
 * them, and every dossier paid a transaction of its own. Written a batch at a time, the rows are held once a batch
 * and a batch has one commit. What a lane is, is the caller's choice (intake: {@code motcua.intake.receipt-lanes}):
 * a lane for each agency and day writes different agencies in parallel; a few lanes, agencies hashed over them,
 * let a batch carry several agencies' receipts, one commit for them all; one lane for all (session 33, 5334b32,
 * reverted) wrote an instance's receipts one batch at a time, and intake alone left 17 % of the machine idle at
 * 16 clients over 16 agencies.
 *
 * <p>No thread of its own: the first caller of an idle lane writes the batch (its own receipt and those queued
 * before it is taken, up to {@code maxBatch}), then hands the lane to the oldest waiting caller, which writes the
 * next. Items with the same conflict key (the same Idempotency-Key) never share a batch, so that a batch does not
 * fail on itself. A failed batch fails every item of it: each caller then writes its own alone. Lanes are made on
 * demand and dropped when idle; a lane dropped while a late caller joins it is written by that caller all the
 * same (two writers at once are kept in order by the counter rows themselves, as two instances are).
 *
 * @param <K> the lane: what is written one batch at a time (intake: an agency's day, or a group of agencies)
 * @param <T> a receipt ready to be written
 * @param <R> what writing it answers
 */
public final class ReceiptLanes<K, T, R> {

    /** Writes a batch in one transaction: one result an item, in order; or throws and writes nothing. */
    @FunctionalInterface
    public interface BatchWriter<T, R> {
        List<R> write(List<T> batch) throws Exception;
    }

    /** The batch of this item failed; the caller writes it alone, unless it was alone already. */
    public static final class BatchFailed extends Exception {
        private final boolean alone;

        BatchFailed(Throwable cause, boolean alone) {
            super("the batch of this receipt was not written", cause, false, false);
            this.alone = alone;
        }

        /** The batch was this item alone: the failure is its own, and writing it alone again would repeat it. */
        public boolean alone() {
            return alone;
        }
    }

    private final int maxBatch;
    private final BatchWriter<T, R> writer;
    private final Function<T, Object> conflictKey;
    private final ConcurrentHashMap<K, Lane<T, R>> lanes = new ConcurrentHashMap<>();

    /**
     * @param maxBatch most items a batch (at least 1)
     * @param conflictKey items with the same non-null key go in different batches
     */
    public ReceiptLanes(int maxBatch, BatchWriter<T, R> writer, Function<T, Object> conflictKey) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1: " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.writer = Objects.requireNonNull(writer);
        this.conflictKey = Objects.requireNonNull(conflictKey);
    }

    /** Writes {@code item} in a batch of its lane; returns its result once the batch is committed. */
    public R submit(K lane, T item) throws BatchFailed {
        Pending<T, R> me = new Pending<>(item);
        Lane<T, R> l;
        boolean lead;
        do {
            l = lanes.computeIfAbsent(lane, k -> new Lane<>());
            synchronized (l) {
                if (l.dropped) {
                    continue; // dropped between the look-up and the lock: take the lane that replaces it
                }
                l.queue.add(me);
                lead = !l.writing;
                l.writing = true;
            }
            break;
        } while (true);
        if (!lead) {
            me.awaitTurn();
        }
        if (!me.done()) {
            writeNextBatch(lane, l);
        }
        return me.outcome();
    }

    /** Lanes in use (for tests: idle lanes are dropped). */
    int lanesInUse() {
        return lanes.size();
    }

    private void writeNextBatch(K key, Lane<T, R> lane) {
        List<Pending<T, R>> batch = new ArrayList<>();
        synchronized (lane) {
            Set<Object> keys = new HashSet<>();
            for (Iterator<Pending<T, R>> it = lane.queue.iterator(); it.hasNext() && batch.size() < maxBatch;) {
                Pending<T, R> p = it.next();
                Object k = conflictKey.apply(p.item);
                if (k == null || keys.add(k)) {
                    batch.add(p);
                    it.remove();
                }
            }
        }
        List<R> results = null;
        Throwable failure = null;
        try {
            results = writer.write(batch.stream().map(p -> p.item).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(results.size() + " results for " + batch.size() + " receipts");
            }
        } catch (Exception | Error e) {
            failure = e;
        }
        Pending<T, R> next;
        synchronized (lane) {
            next = lane.queue.peek();
            if (next == null) {
                lane.dropped = true; // never written again: a late caller takes a new lane
                lanes.remove(key, lane);
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).finish(failure == null ? results.get(i) : null, failure, batch.size() == 1);
        }
        if (next != null) {
            next.promote();
        }
    }

    private static final class Lane<T, R> {
        final LinkedList<Pending<T, R>> queue = new LinkedList<>();
        /** A caller is writing or about to (set by the first caller, for the lane's life). */
        boolean writing;
        boolean dropped;
    }

    /** One caller's receipt: waits until it is written or its caller is to write the next batch. */
    private static final class Pending<T, R> {
        final T item;
        private boolean done;
        private boolean promoted;
        private R result;
        private Throwable failure;
        private boolean alone;

        Pending(T item) {
            this.item = item;
        }

        synchronized void awaitTurn() {
            boolean interrupted = false;
            while (!done && !promoted) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the receipt is queued and will be written: its answer is awaited
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized boolean done() {
            return done;
        }

        synchronized void finish(R result, Throwable failure, boolean alone) {
            this.result = result;
            this.failure = failure;
            this.alone = alone;
            this.done = true;
            notifyAll();
        }

        synchronized void promote() {
            promoted = true;
            notifyAll();
        }

        synchronized R outcome() throws BatchFailed {
            if (failure != null) {
                throw new BatchFailed(failure, alone);
            }
            return result;
        }
    }
}
