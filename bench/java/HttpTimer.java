import java.net.URI;
import java.util.Arrays;

/**
 * Times RUNS sequential GETs of one URL over one kept-alive connection, after WARMUP untimed ones.
 * Usage (after javac of bench/java):
 *   java -cp CLASSES HttpTimer URL TOKEN WARMUP RUNS
 * Prints: n=.. p50_ms=.. p95_ms=.. p99_ms=.. max_ms=..   (exit 1 on a non-200 answer)
 */
public class HttpTimer {
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        PlainHttp http = new PlainHttp(url.getScheme() + "://" + url.getAuthority(), 60_000);
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        long[] t = new long[runs];
        for (int i = -warmup; i < runs; i++) {
            long start = System.nanoTime();
            PlainHttp.Response r = http.get(path, args[1]);
            long took = System.nanoTime() - start;
            if (r.status() != 200) {
                System.err.println("HTTP " + r.status() + ": " + r.body());
                System.exit(1);
            }
            if (i >= 0) {
                t[i] = took;
            }
        }
        Arrays.sort(t);
        System.out.printf(java.util.Locale.ROOT, "n=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", runs,
                Percentiles.ms(t, 50), Percentiles.ms(t, 95), Percentiles.ms(t, 99), Percentiles.ms(t, 100));
    }
}
