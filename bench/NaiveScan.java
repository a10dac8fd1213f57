import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The baseline of bench/search.sh: the naive search a database gives for free, {@code LIKE '%word%'} over the
 * stored text, run by N threads for S seconds against the same database the server uses. Prints requests per
 * second and latency percentiles in wrk's units (one "request" is one query returning the first 20 matches). It runs
 * for a warm-up first, as the server's queries do, so that neither side is measured before the JIT has compiled it.
 *
 * Usage: java -cp <jdbc driver jar> NaiveScan.java <jdbc url> <user> <password> <seconds> <threads> <sql> <param>
 *        [warm-up seconds, default 5]
 */
public class NaiveScan {

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2], sql = args[5], param = args[6];
        int seconds = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int warmUp = args.length > 7 ? Integer.parseInt(args[7]) : 5;
        var stop = new AtomicBoolean();
        var measuring = new AtomicBoolean();
        var latencies = new ArrayList<long[]>();
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            var mine = new long[2_000_000];
            var count = new long[1];
            latencies.add(mine);
            workers.add(Thread.ofPlatform().name("naive-scan-" + t).start(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        var statement = c.prepareStatement(sql)) {
                    statement.setString(1, param);
                    int n = 0;
                    while (!stop.get() && n < mine.length - 1) {
                        long started = System.nanoTime();
                        boolean measured = measuring.get();
                        try (var rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getString(2);
                            }
                        }
                        if (measured) {
                            mine[++n] = System.nanoTime() - started;
                        }
                    }
                    mine[0] = n;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        Thread.sleep(warmUp * 1000L);
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (var w : workers) {
            w.join();
        }
        List<Long> all = new ArrayList<>();
        for (var l : latencies) {
            for (int i = 1; i <= l[0]; i++) {
                all.add(l[i]);
            }
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        System.out.printf("requests %d rps %.1f p50_ms %.2f p99_ms %.2f%n", sorted.length,
                sorted.length / (double) seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }
}
