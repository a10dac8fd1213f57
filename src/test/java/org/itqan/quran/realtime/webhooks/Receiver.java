package org.itqan.quran.realtime.webhooks;

import java.io.IOException;
import java.time.Duration;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback (the JDK's HTTP server, random port): records every request per path and answers
 * 500 for the first {@code failures(path)} requests to a path, 200 after that.
 */
final class Receiver implements AutoCloseable {

    record Request(String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    final List<Request> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> stallsLeft = new ConcurrentHashMap<>();
    private final java.util.Set<String> endless = ConcurrentHashMap.newKeySet();
    /** For each endless answer, how many bytes were written before the sender hung up. */
    final Map<String, Long> endlessWritten = new ConcurrentHashMap<>();
    private final HttpServer server;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            var body = exchange.getRequestBody().readAllBytes();
            received.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), body));
            var stall = stallsLeft.get(path);
            if (stall != null && stall.getAndDecrement() > 0) {
                sleep(Duration.ofSeconds(6)); // longer than the test profile's deadline for an attempt
            }
            if (endless.contains(path)) {
                // 200, then a body that never ends: the sender must stop reading on its own
                exchange.sendResponseHeaders(200, 0);
                var chunk = new byte[8192];
                long written = 0;
                try (var out = exchange.getResponseBody()) {
                    for (int i = 0; i < 100_000; i++) {
                        out.write(chunk);
                        written += chunk.length;
                    }
                } catch (IOException e) {
                    // the sender hung up, as it should
                }
                endlessWritten.put(path, written);
                exchange.close();
                return;
            }
            var left = failuresLeft.get(path);
            int status = left != null && left.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void failFirst(String path, int times) {
        failuresLeft.put(path, new AtomicInteger(times));
    }

    /** The first {@code times} requests to {@code path} get no answer for longer than an attempt may take. */
    void stallFirst(String path, int times) {
        stallsLeft.put(path, new AtomicInteger(times));
    }

    /** Requests to {@code path} are answered 200 with a body that goes on for 800 MB. */
    void answerEndlessly(String path) {
        endless.add(path);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Request> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
