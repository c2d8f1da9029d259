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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dossier lifecycles through the suite's REST APIs and Kafka, the steps of
 * processing-service/bench/lifecycle-bench.sh, from the JVM (no curl/jq process per step):
 *   intake POST /api/v1/dossiers (desk, DIRECT, SGDDT-015) -- DossierReceived --> processing opens the case
 *   (polled every 20 ms: GET /api/v1/cases/{code}) -> ASSIGN -> APPROVE -> RESULT_READY -> RETURN_RESULT.
 *
 * Usage: java LifecycleLoad.java INTAKE_URL PROCESSING_URL DESK_TOKEN HEAD_TOKEN OFFICER_TOKEN N CONCURRENCY
 * Prints: ok=.. failed=.. seconds=.. rate=.. p50_ms=.. p99_ms=.. polls_per_lifecycle=..
 */
public class LifecycleLoad {
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    static final AtomicInteger NEXT = new AtomicInteger();
    /** GETs answered 404 while waiting for processing to open a case: work the lifecycle's CPU figure includes. */
    static final AtomicInteger WAITING_POLLS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String intake = args[0], processing = args[1], desk = args[2], head = args[3], officer = args[4];
        int n = Integer.parseInt(args[5]);
        int c = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        String today = LocalDate.now(ZoneOffset.ofHours(7)).toString();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < c; t++) {
            Thread th = new Thread(() -> {
                int i;
                while ((i = NEXT.incrementAndGet()) <= n) {
                    long start = System.nanoTime();
                    try {
                        String err = lifecycle(http, intake, processing, desk, head, officer, i, today);
                        if (err == null) {
                            lat.add(System.nanoTime() - start);
                        } else {
                            failed.incrementAndGet();
                            System.err.println("lifecycle " + i + ": " + err);
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println("lifecycle " + i + ": " + e);
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] s = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(java.util.Locale.ROOT, "ok=%d failed=%d seconds=%.1f rate=%.2f p50_ms=%.1f p99_ms=%.1f"
                + " polls_per_lifecycle=%.1f%n", s.length, failed.get(), seconds, s.length / seconds, pct(s, 50),
                pct(s, 99), WAITING_POLLS.get() / (double) Math.max(1, s.length + failed.get()));
    }

    static String lifecycle(HttpClient http, String intake, String processing, String desk, String head,
            String officer, int i, String today) throws Exception {
        String body = """
                {"procedureCode":"SGDDT-015","channel":"DIRECT",
                 "applicant":{"type":"CITIZEN","name":"Nguyễn Văn Đo Hiệu Năng %d","identityNumber":"%012d","phone":"0900000000"},
                 "documents":[{"componentCode":"TP01","originals":1},{"componentCode":"TP02","originals":1},
                              {"componentCode":"TP03","copies":1},{"componentCode":"TP04","copies":1}]}"""
                .formatted(i, 1_000_000L + i);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(intake + "/api/v1/dossiers"))
                .header("Authorization", "Bearer " + desk).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CODE.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            return "intake answered " + r.statusCode();
        }
        String code = m.group(1);
        URI caseUri = URI.create(processing + "/api/v1/cases/" + code);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (http.send(HttpRequest.newBuilder(caseUri).header("Authorization", "Bearer " + head).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            WAITING_POLLS.incrementAndGet();
            if (System.nanoTime() > deadline) {
                return "case " + code + " not opened in 30 s";
            }
            Thread.sleep(20);
        }
        String[][] steps = {
                {head, "{\"action\":\"ASSIGN\",\"unit\":\"P.QLCL\",\"officer\":\"bench-officer\"}"},
                {head, "{\"action\":\"APPROVE\",\"decision\":{\"number\":\"" + i + "/QĐ-BENCH\",\"date\":\"" + today
                        + "\",\"signer\":\"Giám đốc\"}}"},
                {officer, "{\"action\":\"RESULT_READY\"}"},
                {officer, "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}"}};
        for (String[] step : steps) {
            HttpResponse<String> s = http.send(HttpRequest.newBuilder(URI.create(caseUri + "/transitions"))
                    .header("Authorization", "Bearer " + step[0]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(step[1])).build(), HttpResponse.BodyHandlers.ofString());
            if (s.statusCode() != 200) {
                return code + " " + step[1].substring(0, Math.min(30, step[1].length())) + " -> " + s.statusCode()
                        + " " + s.body().substring(0, Math.min(200, s.body().length()));
            }
        }
        return null;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
