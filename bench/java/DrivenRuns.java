import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator that stays up between runs, driven from stdin, so that both sides of the lifecycle measure run
 * in a warm JVM and are charged only for the run itself (bench/measures/lifecycle.sh): it prints "ready", then for
 * each line N it reads, does N units of work CONCURRENCY at a time and prints one line
 *   ok=.. failed=.. seconds=.. rate=.. p50_ms=.. p99_ms=.. cpu_s=.. jit_s=.. [the program's own fields]
 * (cpu_s: this JVM's CPU time during the run, its threads and its JIT's alike; jit_s: the part of it its JIT
 * compiler threads spent, {@link CompilerThreads}). It returns at the end of its input.
 */
final class DrivenRuns {
    /** One unit of work: the worker's slot (0..CONCURRENCY-1, for its own connections) and the unit's number. */
    interface Unit {
        void run(int slot, int number) throws Exception;
    }

    /** What a program adds to a run's line, from the number of units the run did (ok and failed). */
    interface RunNote {
        String of(int units);
    }

    /** Units numbered from 1 on, across runs: each unit's data is its own. */
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private DrivenRuns() {
    }

    static void serve(int concurrency, Unit unit) throws Exception {
        serve(concurrency, unit, units -> "");
    }

    static void serve(int concurrency, Unit unit, RunNote note) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        String line;
        while ((line = in.readLine()) != null && !line.isBlank()) {
            int n = Integer.parseInt(line.trim());
            double jit0 = CompilerThreads.cpuSeconds(); // read outside cpu_s, as at the end
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
            AtomicInteger failed = new AtomicInteger();
            run(n, concurrency, unit, lat, failed);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double jit = CompilerThreads.cpuSeconds() - jit0;
            long[] s = lat.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(java.util.Locale.ROOT,
                    "ok=%d failed=%d seconds=%.1f rate=%.2f p50_ms=%.1f p99_ms=%.1f cpu_s=%.2f jit_s=%.2f%s%n",
                    s.length, failed.get(), seconds, s.length / seconds, Percentiles.ms(s, 50), Percentiles.ms(s, 99),
                    cpu, jit, note.of(s.length + failed.get()));
            System.out.flush();
        }
    }

    private static void run(int n, int concurrency, Unit unit, ConcurrentLinkedQueue<Long> lat, AtomicInteger failed)
            throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int slot = t;
            Thread th = new Thread(() -> {
                while (started.incrementAndGet() <= n) {
                    int number = NUMBER.incrementAndGet();
                    long start = System.nanoTime();
                    try {
                        unit.run(slot, number);
                        lat.add(System.nanoTime() - start);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println("unit " + number + ": " + e);
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
    }
}
