/** Percentiles of the load generators' latencies (nanoseconds, sorted), in milliseconds: the nearest rank. */
final class Percentiles {
    private Percentiles() {
    }

    /** The p-th percentile (0 < p <= 100) of sorted nanoseconds, in ms; NaN when there are none. */
    static double ms(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(sortedNanos.length * p / 100.0) - 1;
        return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
    }
}
