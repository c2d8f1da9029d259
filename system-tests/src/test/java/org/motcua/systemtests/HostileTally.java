package org.motcua.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What one endpoint's batch gave: requests sent, status histogram, time, and every answer that was wrong. */
final class HostileTally {

    final String endpoint;
    final long startedNanos = System.nanoTime();
    final AtomicInteger sent = new AtomicInteger();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> wrong = new ArrayList<>();
    private long hugeBodies;

    HostileTally(String endpoint) {
        this.endpoint = endpoint;
    }

    synchronized void record(int status, String problem, HostileRequest request, boolean huge) {
        sent.incrementAndGet();
        statuses.merge(status, 1, Integer::sum);
        if (huge) {
            hugeBodies++;
        }
        if (problem != null) {
            wrong.add(status + " " + problem + " ← " + request);
        }
    }

    synchronized List<String> wrong() {
        return List.copyOf(wrong);
    }

    synchronized String summary() {
        StringBuilder histogram = new StringBuilder();
        statuses.forEach((status, n) -> histogram.append(histogram.isEmpty() ? "" : ", ").append(status == -1
                ? "no answer" : String.valueOf(status)).append('×').append(n));
        return String.format("[hostile input] %-62s %5d requests (%d of 20 MB) in %5.1f s: %s; %d wrong", endpoint,
                sent.get(), hugeBodies, (System.nanoTime() - startedNanos) / 1e9, histogram, wrong.size());
    }
}
