import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Times RUNS sequential GETs of one URL over one kept-alive connection, after WARMUP untimed ones.
 * Usage: java HttpTimer.java URL TOKEN WARMUP RUNS
 * Prints: n=.. p50_ms=.. p95_ms=.. p99_ms=.. max_ms=..   (exit 1 on a non-200 answer)
 */
public class HttpTimer {
    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(args[0])).header("Authorization", "Bearer " + args[1])
                .header("Accept", "application/json").GET().build();
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        long[] t = new long[runs];
        for (int i = -warmup; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (r.statusCode() != 200) {
                System.err.println("HTTP " + r.statusCode() + ": " + r.body());
                System.exit(1);
            }
            if (i >= 0) {
                t[i] = took;
            }
        }
        Arrays.sort(t);
        System.out.printf(java.util.Locale.ROOT, "n=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", runs,
                pct(t, 50), pct(t, 95), pct(t, 99), pct(t, 100));
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
