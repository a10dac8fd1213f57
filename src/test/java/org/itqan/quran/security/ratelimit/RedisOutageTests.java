package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.security.ratelimit.Decision.Store;
import org.itqan.quran.security.ratelimit.RateLimitProperties.Tier;
import org.itqan.quran.shared.redis.SharedRedis;
import org.itqan.quran.shared.redis.SharedRedisProperties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.lettuce.core.RedisClient;

/**
 * Redis going away at run time degrades the limiter to node-local buckets, and it returns to the shared buckets
 * once Redis answers again (DESIGN.md §2); a refusal is remembered until its Retry-After without asking Redis. A
 * private redis-server is started on a free port so that it can be stopped and restarted without disturbing the
 * shared one; skipped when redis-server is not installed.
 */
class RedisOutageTests {

    private static final Caller CALLER = Caller.anonymous("198.51.100.7");

    private @Nullable Process server;
    private @Nullable RedisClient client;

    private @Nullable SharedRedis redis;

    @Test
    void fallsBackToLocalBucketsWhileRedisIsDownAndResumesAfter() throws Exception {
        var port = freePort();
        var limiter = limiter(port);
        var redis = this.redis;

        assertThat(limiter.consume(CALLER)).extracting(Decision::store, Decision::remaining)
                .containsExactly(Store.REDIS, 4L);
        assertThat(limiter.consume(CALLER).remaining()).isEqualTo(3);

        stop(server);
        var duringOutage = limiter.consume(CALLER);
        assertThat(duringOutage.allowed()).isTrue();
        assertThat(duringOutage.store()).isEqualTo(Store.LOCAL);
        assertThat(redis.isAvailable()).isFalse();
        assertThat(limiter.sharedAcrossNodes()).isFalse();

        // A restarted Redis (no persistence here) starts the shared bucket afresh; what matters is that it is used.
        server = startRedis(port);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> limiter.consume(CALLER).store() == Store.REDIS);
        assertThat(redis.isAvailable()).isTrue();
        assertThat(limiter.sharedAcrossNodes()).isTrue();
    }

    @Test
    void remembersARefusalUntilRetryAfterWithoutAskingRedis() throws Exception {
        var limiter = limiter(freePort());
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.consume(CALLER).allowed()).isTrue();
        }
        var refused = limiter.consume(CALLER);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isPositive();
        // With Redis gone, only the remembered refusal can still answer "no" (a local bucket would say yes).
        stop(server);
        var again = limiter.consume(CALLER);
        assertThat(again.allowed()).isFalse();
        assertThat(again.store()).isEqualTo(Store.REDIS);
        assertThat(again.retryAfterSeconds()).isBetween(1L, refused.retryAfterSeconds());
        assertThat(redis.isAvailable()).isTrue();
    }

    private RateLimiter limiter(int port) throws IOException {
        server = startRedis(port);
        var properties = new SharedRedisProperties("redis://127.0.0.1:" + port, Duration.ofMillis(500),
                Duration.ofMillis(200));
        client = SharedRedis.newClient(properties);
        redis = new SharedRedis(client, properties);
        return new RateLimiter(new RateLimitProperties(true,
                Map.of(Caller.ANONYMOUS, new Tier(5, Duration.ofHours(1), 5, false)),
                "itqan-test-outage-" + UUID.randomUUID() + ":", List.of(), 1000),
                new StaticListableBeanFactory(Map.of("sharedRedis", redis)).getBeanProvider(SharedRedis.class));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (client != null) {
            client.shutdown();
        }
        if (server != null) {
            stop(server);
        }
    }

    private static Process startRedis(int port) throws IOException {
        var binary = Path.of("/usr/bin/redis-server");
        Assumptions.assumeTrue(Files.isExecutable(binary), "redis-server is not installed: skipping the outage test");
        var process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> accepts(port));
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
