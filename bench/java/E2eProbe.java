import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end latency under sustained load: from intake's 201 to the dossier being counted in form 06.
 *
 * 16 background threads keep intake busy at BACKGROUND_RATE dossiers/s in total (paced; 0 = as fast as they can),
 * receiving agencies LOAD01..LOAD16 as in IntakeLoad. One probe thread,
 * every INTERVAL_MS, submits a dossier for its own receiving agency (unique per run), waits for the 201, then
 * polls reporting's GET /api/v1/reports/form-06 for that agency and today (Vietnam time), grouped by agency,
 * every 10 ms until its total "received" reaches the count before the first probe plus the probes sent so far. Latency = 201 -> first answer
 * counting it (the 10 ms poll bounds the resolution). The background load runs SETTLE_S seconds before the
 * first probe.
 *
 * Usage (after javac of bench/java):
 *   java -cp CLASSES E2eProbe INTAKE_URL PORTAL_TOKEN REPORTING_URL AUDITOR_TOKEN BACKGROUND_RATE DURATION_S
 *        INTERVAL_MS PROBE_AGENCY SETTLE_S
 * Prints: probes=.. lost=.. p50_ms=.. p99_ms=.. max_ms=.. background_rate=..
 */
public class E2eProbe {
    static final Pattern RECEIVED = Pattern.compile("\"received\"\\s*:\\s*(\\d+)");
    static final String NAME = "Trần Thị Đo Trễ";
    static long seq = System.nanoTime() % 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        String intake = args[0], portal = args[1], reporting = args[2], auditor = args[3];
        int background = 16;
        double rate = Double.parseDouble(args[4]);
        long gap = rate > 0 ? (long) (background * 1e9 / rate) : 0;
        double duration = Double.parseDouble(args[5]);
        long interval = Long.parseLong(args[6]);
        String probeAgency = args[7];
        double settle = Double.parseDouble(args[8]);
        AtomicBoolean stop = new AtomicBoolean();
        long[] backgroundOk = new long[background];
        List<Thread> load = new ArrayList<>();
        for (int c = 0; c < background; c++) {
            final int client = c;
            Thread t = new Thread(() -> {
                PlainHttp http = new PlainHttp(intake, 30_000);
                long i = client;
                long due = System.nanoTime() + client * (gap / background);
                while (!stop.get()) {
                    try {
                        if (gap > 0) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            due += gap;
                        }
                        String agency = String.format("LOAD%02d", (int) (i++ % 16) + 1);
                        if (PortalDossier.received(PortalDossier.submit(http, portal, agency, next(), NAME))) {
                            backgroundOk[client]++;
                        }
                    } catch (Exception e) {
                        // counted as not ok
                    }
                }
                http.close();
            });
            t.start();
            load.add(t);
        }
        Thread.sleep((long) (settle * 1000)); // the load runs unmeasured first: consumers' JIT, steady state
        long until = System.nanoTime() + (long) (duration * 1e9);
        String today = LocalDate.now(ZoneOffset.ofHours(7)).toString();
        String form = "/api/v1/reports/form-06?from=" + today + "&to=" + today + "&groupBy=agency&agency="
                + probeAgency;
        PlainHttp probe = new PlainHttp(intake, 30_000);
        PlainHttp reports = new PlainHttp(reporting, 30_000);
        long baseline = count(reports, form, auditor);
        List<Long> lat = new ArrayList<>();
        int sent = 0, lost = 0;
        long backgroundStart = sum(backgroundOk), t0 = System.nanoTime();
        while (System.nanoTime() < until) {
            long next = System.nanoTime() + interval * 1_000_000;
            PlainHttp.Response answer = PortalDossier.submit(probe, portal, probeAgency, next(), NAME);
            if (!PortalDossier.received(answer)) {
                System.err.println("probe not received: " + answer.status() + " " + answer.body());
                lost++;
                continue;
            }
            sent++;
            long created = System.nanoTime();
            long deadline = created + 30_000_000_000L;
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                if (count(reports, form, auditor) >= baseline + sent) {
                    seen = true;
                    break;
                }
                Thread.sleep(10);
            }
            if (seen) {
                lat.add(System.nanoTime() - created);
            } else {
                lost++;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
        }
        double bgRate = (sum(backgroundOk) - backgroundStart) / ((System.nanoTime() - t0) / 1e9);
        stop.set(true);
        for (Thread t : load) {
            t.join();
        }
        probe.close();
        reports.close();
        long[] s = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(java.util.Locale.ROOT, "probes=%d lost=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f background_rate=%.1f%n",
                s.length, lost, Percentiles.ms(s, 50), Percentiles.ms(s, 99), Percentiles.ms(s, 100), bgRate);
    }

    /** Form 06's total "received" (the last one in the answer: the total row), -1 on an error. */
    static long count(PlainHttp http, String form, String auditor) throws Exception {
        PlainHttp.Response r = http.get(form, auditor);
        Matcher m = RECEIVED.matcher(r.body());
        long last = -1;
        while (r.status() == 200 && m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }

    static synchronized long next() {
        return ++seq;
    }
}
