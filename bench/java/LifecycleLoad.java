import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dossier lifecycles through the suite's REST APIs and Kafka, the steps of
 * processing-service/bench/lifecycle-bench.sh, from the JVM (no curl/jq process per step; PlainHttp, one kept-alive
 * connection to each service per worker, kept between runs as the peer keeps its connection pool):
 *   intake POST /api/v1/dossiers (desk, DIRECT, SGDDT-015) -- DossierReceived --> processing opens the case
 *   (polled every 20 ms: GET /api/v1/cases/{code}) -> ASSIGN -> APPROVE -> RESULT_READY -> RETURN_RESULT.
 * It stays up between runs, driven from stdin like the peer (DrivenRuns, FlowableLifecycle): both sides' load
 * generators are warm, and each is charged only for its runs.
 *
 * Usage (after javac of bench/java):
 *   java -cp CLASSES LifecycleLoad INTAKE_URL PROCESSING_URL DESK_TOKEN HEAD_TOKEN OFFICER_TOKEN CONCURRENCY
 * Prints "ready", then per run: ok=.. failed=.. seconds=.. rate=.. p50_ms=.. p99_ms=.. cpu_s=.. polls_per_lifecycle=..
 * (the GETs answered 404 while processing had not yet opened the case, per lifecycle of the run)
 */
public class LifecycleLoad {
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    /** GETs answered 404 while waiting for processing to open a case: work the lifecycle's CPU figure includes. */
    static final AtomicInteger WAITING_POLLS = new AtomicInteger();
    static final String TODAY = LocalDate.now(ZoneOffset.ofHours(7)).toString();

    public static void main(String[] args) throws Exception {
        String intake = args[0], processing = args[1], desk = args[2], head = args[3], officer = args[4];
        int c = Integer.parseInt(args[5]);
        PlainHttp[] toIntake = new PlainHttp[c];
        PlainHttp[] toProcessing = new PlainHttp[c];
        for (int t = 0; t < c; t++) {
            toIntake[t] = new PlainHttp(intake, 30_000);
            toProcessing[t] = new PlainHttp(processing, 30_000);
        }
        DrivenRuns.serve(c, (slot, i) -> lifecycle(toIntake[slot], toProcessing[slot], desk, head, officer, i),
                units -> String.format(java.util.Locale.ROOT, " polls_per_lifecycle=%.1f",
                        WAITING_POLLS.getAndSet(0) / (double) Math.max(1, units)));
    }

    /** One lifecycle; a step that fails throws IllegalStateException with what the service answered. */
    static void lifecycle(PlainHttp intake, PlainHttp processing, String desk, String head, String officer, int i)
            throws Exception {
        String body = """
                {"procedureCode":"SGDDT-015","channel":"DIRECT",
                 "applicant":{"type":"CITIZEN","name":"Nguyễn Văn Đo Hiệu Năng %d","identityNumber":"%012d","phone":"0900000000"},
                 "documents":[{"componentCode":"TP01","originals":1},{"componentCode":"TP02","originals":1},
                              {"componentCode":"TP03","copies":1},{"componentCode":"TP04","copies":1}]}"""
                .formatted(i, 1_000_000L + i);
        PlainHttp.Response r = intake.postJson("/api/v1/dossiers", desk, UUID.randomUUID().toString(), body);
        Matcher m = CODE.matcher(r.body());
        if (r.status() != 201 || !m.find()) {
            throw new IllegalStateException("intake answered " + r.status());
        }
        String code = m.group(1);
        String casePath = "/api/v1/cases/" + code;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (processing.get(casePath, head).status() != 200) {
            WAITING_POLLS.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("case " + code + " not opened in 30 s");
            }
            Thread.sleep(20);
        }
        String[][] steps = {
                {head, "{\"action\":\"ASSIGN\",\"unit\":\"P.QLCL\",\"officer\":\"bench-officer\"}"},
                {head, "{\"action\":\"APPROVE\",\"decision\":{\"number\":\"" + i + "/QĐ-BENCH\",\"date\":\"" + TODAY
                        + "\",\"signer\":\"Giám đốc\"}}"},
                {officer, "{\"action\":\"RESULT_READY\"}"},
                {officer, "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}"}};
        for (String[] step : steps) {
            PlainHttp.Response s = processing.postJson(casePath + "/transitions", step[0], null, step[1]);
            if (s.status() != 200) {
                throw new IllegalStateException(code + " " + step[1].substring(0, Math.min(30, step[1].length()))
                        + " -> " + s.status() + " " + s.body().substring(0, Math.min(200, s.body().length())));
            }
        }
    }
}
