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
 * processing-service/bench/lifecycle-bench.sh, from the JVM (no curl/jq process per step; PlainHttp, one kept-alive
 * connection to each service per thread):
 *   intake POST /api/v1/dossiers (desk, DIRECT, SGDDT-015) -- DossierReceived --> processing opens the case
 *   (polled every 20 ms: GET /api/v1/cases/{code}) -> ASSIGN -> APPROVE -> RESULT_READY -> RETURN_RESULT.
 *
 * Usage (after javac of bench/java):
 *   java -cp CLASSES LifecycleLoad INTAKE_URL PROCESSING_URL DESK_TOKEN HEAD_TOKEN OFFICER_TOKEN N CONCURRENCY
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
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        String today = LocalDate.now(ZoneOffset.ofHours(7)).toString();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < c; t++) {
            Thread th = new Thread(() -> {
                PlainHttp toIntake = new PlainHttp(intake, 30_000);
                PlainHttp toProcessing = new PlainHttp(processing, 30_000);
                int i;
                while ((i = NEXT.incrementAndGet()) <= n) {
                    long start = System.nanoTime();
                    try {
                        String err = lifecycle(toIntake, toProcessing, desk, head, officer, i, today);
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
                toIntake.close();
                toProcessing.close();
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
                + " polls_per_lifecycle=%.1f%n", s.length, failed.get(), seconds, s.length / seconds,
                Percentiles.ms(s, 50), Percentiles.ms(s, 99),
                WAITING_POLLS.get() / (double) Math.max(1, s.length + failed.get()));
    }

    static String lifecycle(PlainHttp intake, PlainHttp processing, String desk, String head, String officer, int i,
            String today) throws Exception {
        String body = """
                {"procedureCode":"SGDDT-015","channel":"DIRECT",
                 "applicant":{"type":"CITIZEN","name":"Nguyễn Văn Đo Hiệu Năng %d","identityNumber":"%012d","phone":"0900000000"},
                 "documents":[{"componentCode":"TP01","originals":1},{"componentCode":"TP02","originals":1},
                              {"componentCode":"TP03","copies":1},{"componentCode":"TP04","copies":1}]}"""
                .formatted(i, 1_000_000L + i);
        PlainHttp.Response r = intake.postJson("/api/v1/dossiers", desk, UUID.randomUUID().toString(), body);
        Matcher m = CODE.matcher(r.body());
        if (r.status() != 201 || !m.find()) {
            return "intake answered " + r.status();
        }
        String code = m.group(1);
        String casePath = "/api/v1/cases/" + code;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (processing.get(casePath, head).status() != 200) {
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
            PlainHttp.Response s = processing.postJson(casePath + "/transitions", step[0], null, step[1]);
            if (s.status() != 200) {
                return code + " " + step[1].substring(0, Math.min(30, step[1].length())) + " -> " + s.status()
                        + " " + s.body().substring(0, Math.min(200, s.body().length()));
            }
        }
        return null;
    }
}
