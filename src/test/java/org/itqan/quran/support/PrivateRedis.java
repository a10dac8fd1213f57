package org.itqan.quran.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;

/**
 * A redis-server of the test's own on a port of its choosing, so that a test can stop Redis and start it again
 * without disturbing the shared one the rest of the suite uses. Nothing is persisted: a restarted server is empty,
 * as a Redis failing over without persistence would be. The calling test is skipped where redis-server is not
 * installed.
 */
public final class PrivateRedis implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/redis-server");

    private final Process process;

    private PrivateRedis(Process process) {
        this.process = process;
    }

    /** Starts a server on {@code port} and returns once it accepts connections. */
    public static PrivateRedis start(int port) {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "redis-server is not installed: skipping this test");
        try {
            var process = new ProcessBuilder(BINARY.toString(), "--port", Integer.toString(port), "--bind",
                    "127.0.0.1", "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> accepts(port));
            return new PrivateRedis(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and waits until it has gone; stopping twice is harmless. */
    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
