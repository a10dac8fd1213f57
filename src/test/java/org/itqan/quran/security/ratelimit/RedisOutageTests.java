package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.security.ratelimit.Decision.Store;
import org.itqan.quran.security.ratelimit.RateLimitProperties.Tier;
import org.itqan.quran.shared.redis.SharedRedis;
import org.itqan.quran.shared.redis.SharedRedisProperties;
import org.itqan.quran.support.Nodes;
import org.itqan.quran.support.PrivateRedis;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
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

    private @Nullable PrivateRedis server;
    private @Nullable RedisClient client;

    private @Nullable SharedRedis redis;

    @Test
    void fallsBackToLocalBucketsWhileRedisIsDownAndResumesAfter() throws Exception {
        var port = Nodes.freePort();
        var limiter = limiter(port);
        var redis = this.redis;

        assertThat(limiter.consume(CALLER)).extracting(Decision::store, Decision::remaining)
                .containsExactly(Store.REDIS, 4L);
        assertThat(limiter.consume(CALLER).remaining()).isEqualTo(3);

        server.close();
        var duringOutage = limiter.consume(CALLER);
        assertThat(duringOutage.allowed()).isTrue();
        assertThat(duringOutage.store()).isEqualTo(Store.LOCAL);
        assertThat(redis.isAvailable()).isFalse();
        assertThat(limiter.sharedAcrossNodes()).isFalse();

        // A restarted Redis (no persistence here) starts the shared bucket afresh; what matters is that it is used.
        server = PrivateRedis.start(port);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> limiter.consume(CALLER).store() == Store.REDIS);
        assertThat(redis.isAvailable()).isTrue();
        assertThat(limiter.sharedAcrossNodes()).isTrue();
    }

    @Test
    void remembersARefusalUntilRetryAfterWithoutAskingRedis() throws Exception {
        var limiter = limiter(Nodes.freePort());
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.consume(CALLER).allowed()).isTrue();
        }
        var refused = limiter.consume(CALLER);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isPositive();
        // With Redis gone, only the remembered refusal can still answer "no" (a local bucket would say yes).
        server.close();
        var again = limiter.consume(CALLER);
        assertThat(again.allowed()).isFalse();
        assertThat(again.store()).isEqualTo(Store.REDIS);
        assertThat(again.retryAfterSeconds()).isBetween(1L, refused.retryAfterSeconds());
        assertThat(redis.isAvailable()).isTrue();
    }

    private RateLimiter limiter(int port) {
        server = PrivateRedis.start(port);
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
    void tearDown() {
        if (client != null) {
            client.shutdown();
        }
        if (server != null) {
            server.close();
        }
    }
}
