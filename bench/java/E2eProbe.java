import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Usage: java E2eProbe.java INTAKE_URL PORTAL_TOKEN REPORTING_URL AUDITOR_TOKEN BACKGROUND_RATE DURATION_S
 *        INTERVAL_MS PROBE_AGENCY SETTLE_S
 * Prints: probes=.. lost=.. p50_ms=.. p99_ms=.. max_ms=.. background_rate=..
 */
public class E2eProbe {
    static final Pattern RECEIVED = Pattern.compile("\"received\"\\s*:\\s*(\\d+)");
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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean stop = new AtomicBoolean();
        long[] backgroundOk = new long[background];
        List<Thread> load = new ArrayList<>();
        for (int c = 0; c < background; c++) {
            final int client = c;
            Thread t = new Thread(() -> {
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
                        if (received(post(http, intake, portal, agency))) {
                            backgroundOk[client]++;
                        }
                    } catch (Exception e) {
                        // counted as not ok
                    }
                }
            });
            t.start();
            load.add(t);
        }
        Thread.sleep((long) (settle * 1000)); // the load runs unmeasured first: consumers' JIT, steady state
        long until = System.nanoTime() + (long) (duration * 1e9);
        String today = LocalDate.now(ZoneOffset.ofHours(7)).toString();
        URI form = URI.create(reporting + "/api/v1/reports/form-06?from=" + today + "&to=" + today
                + "&groupBy=agency&agency=" + probeAgency);
        long baseline = count(http, form, auditor);
        List<Long> lat = new ArrayList<>();
        int sent = 0, lost = 0;
        long backgroundStart = sum(backgroundOk), t0 = System.nanoTime();
        while (System.nanoTime() < until) {
            long next = System.nanoTime() + interval * 1_000_000;
            HttpResponse<String> answer = post(http, intake, portal, probeAgency);
            if (!received(answer)) {
                System.err.println("probe not received: " + answer.statusCode() + " " + answer.body());
                lost++;
                continue;
            }
            sent++;
            long created = System.nanoTime();
            long deadline = created + 30_000_000_000L;
            boolean seen = false;
            while (System.nanoTime() < deadline) {
                if (count(http, form, auditor) >= baseline + sent) {
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
        long[] s = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(java.util.Locale.ROOT, "probes=%d lost=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f background_rate=%.1f%n",
                s.length, lost, pct(s, 50), pct(s, 99), pct(s, 100), bgRate);
    }

    /** Form 06's total "received" (the last one in the answer: the total row), -1 on an error. */
    static long count(HttpClient http, URI form, String auditor) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(form).header("Authorization", "Bearer " + auditor)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = RECEIVED.matcher(r.body());
        long last = -1;
        while (r.statusCode() == 200 && m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    static boolean received(HttpResponse<String> r) {
        return r.statusCode() == 201 && r.body().contains("\"status\":\"RECEIVED\"");
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

    static HttpResponse<String> post(HttpClient http, String base, String token, String agency) throws Exception {
        long n = next();
        String body = """
                {"procedureCode":"BENCH-%s","agencyCode":"%s","channel":"ONLINE",
                 "applicant":{"type":"CITIZEN","name":"Trần Thị Đo Trễ %d","identityNumber":"%012d",
                              "phone":"0912345678","email":"e2e%d@example.vn","address":"1 Tràng Tiền, Hà Nội"},
                 "documents":[{"componentCode":"TP01","originals":1},{"componentCode":"TP02","originals":1},
                              {"componentCode":"TP03","copies":1},{"componentCode":"TP04","copies":1}]}"""
                .formatted(agency.startsWith("LOAD") ? "L" + agency.substring(4) : agency, agency, n, n % 1_000_000_000_000L, n);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
