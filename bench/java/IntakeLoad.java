import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop intake load: C client threads, each with its own kept-alive connection (PlainHttp), POSTing
 * /api/v1/dossiers and waiting for the answer before the next, for a warm-up (not counted) then a measured
 * duration. The dossiers are PortalDossier's (valid, complete, distinct applicants, an Idempotency-Key each), for a
 * receiving agency rotating over A agencies PREFIX01..PREFIXnn -- the agency's daily sequence row is the only row
 * two dossiers compete for, as in intake-service/bench/intake-bench.sh.
 *
 * Usage (after javac of bench/java):
 *   java -cp CLASSES IntakeLoad BASE_URL TOKEN CLIENTS AGENCIES WARMUP_S DURATION_S AGENCY_PREFIX
 * Only answers 201 with status RECEIVED count as ok (the first other answer is printed on stderr).
 * Prints one line: ok=.. failed=.. seconds=.. rate=.. p50_ms=.. p99_ms=.. max_ms=.. received=.. (ok counts the
 * measured duration; received every dossier received, warm-up included: the harness's CPU lines, which cover the
 * whole run, are per received dossier)
 */
public class IntakeLoad {
    static final java.util.concurrent.atomic.AtomicBoolean FIRST_FAILURE = new java.util.concurrent.atomic.AtomicBoolean();
    static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int clients = Integer.parseInt(args[2]);
        int agencies = Integer.parseInt(args[3]);
        double warmup = Double.parseDouble(args[4]);
        double duration = Double.parseDouble(args[5]);
        String prefix = args[6];
        long t0 = System.nanoTime();
        long measureFrom = t0 + (long) (warmup * 1e9);
        long end = measureFrom + (long) (duration * 1e9);
        List<long[]> perThread = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        AtomicLong received = new AtomicLong(); // warm-up included: the CPU lines divide the whole run by it
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            Thread t = new Thread(() -> {
                PlainHttp http = new PlainHttp(base, 30_000);
                long[] lat = new long[1 << 16];
                int n = 0;
                long i = client;
                while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                        break;
                    }
                    String agency = String.format("%s%02d", prefix, (int) (i % agencies) + 1);
                    i += clients;
                    int status;
                    try {
                        PlainHttp.Response r = PortalDossier.submit(http, token, agency, SEQ.incrementAndGet(),
                                "Nguyễn Văn Đo Tải");
                        status = PortalDossier.received(r) ? 201 : r.status() == 201 ? 0 : r.status();
                        if (status != 201 && FIRST_FAILURE.compareAndSet(false, true)) {
                            System.err.println("not received: " + r.status() + " " + r.body());
                        }
                    } catch (Exception e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (status == 201) {
                        received.incrementAndGet();
                    }
                    if (start >= measureFrom && done <= end) {
                        if (status == 201) {
                            if (n == lat.length) {
                                lat = java.util.Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = done - start;
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
                http.close();
                perThread.add(java.util.Arrays.copyOf(lat, n));
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = perThread.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        System.out.printf(java.util.Locale.ROOT,
                "ok=%d failed=%d seconds=%.1f rate=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f received=%d%n",
                all.length, failed.get(), duration, all.length / duration, Percentiles.ms(all, 50),
                Percentiles.ms(all, 99), Percentiles.ms(all, 100), received.get());
    }
}
