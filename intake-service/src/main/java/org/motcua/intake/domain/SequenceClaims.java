package org.motcua.intake.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbers a batch of receipts takes, written in one transaction: each receipt the next number of its agency's
 * day, in the batch's order (the order they arrived in), whatever other agencies and days share the batch.
 *
 * <p>Each sequence advances once for all its receipts of the batch ({@link #counts()}), in {@link DailySequence}'s
 * order; given where each ended ({@link #numbers(Map)}), its receipts get the numbers just below, in turn.
 */
public final class SequenceClaims {

    private final List<DailySequence> receipts;
    private final SortedMap<DailySequence, Integer> counts = new TreeMap<>();

    /** @param receipts each receipt's sequence, in the batch's order */
    public SequenceClaims(List<DailySequence> receipts) {
        this.receipts = List.copyOf(receipts);
        this.receipts.forEach(s -> counts.merge(s, 1, Integer::sum));
    }

    /** How many numbers each sequence gives, in the order its rows are to be locked. */
    public SortedMap<DailySequence, Integer> counts() {
        return Collections.unmodifiableSortedMap(counts);
    }

    /**
     * Each receipt's number, in the batch's order.
     *
     * @param lastValues each sequence's last number once advanced by its count
     * @throws IllegalArgumentException when a sequence of the batch has no last number, or one below its count
     */
    public int[] numbers(Map<DailySequence, Integer> lastValues) {
        Map<DailySequence, Integer> next = new HashMap<>();
        counts.forEach((sequence, count) -> {
            Integer last = lastValues.get(sequence);
            if (last == null || last < count) {
                throw new IllegalArgumentException(sequence + " ended at " + last + " after giving " + count);
            }
            next.put(sequence, last - count + 1);
        });
        int[] numbers = new int[receipts.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = next.merge(receipts.get(i), 1, Integer::sum) - 1;
        }
        return numbers;
    }
}
