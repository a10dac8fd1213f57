package org.itqan.quran.shared.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.itqan.quran.support.Nodes;
import org.itqan.quran.support.PrivateRedis;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node whose Redis is gone keeps serving (DESIGN.md §2): content from its own cache, rate limits per node, health
 * DEGRADED with HTTP 200 and still ready. When Redis appears, the node goes back to shared mode on its own. The
 * node is pointed at a loopback port where nothing listens; for the recovery part a private redis-server is
 * started on that port (skipped where redis-server is not installed).
 */
class RedisDownIntegrationTests {

    static int redisPort;
    static @Nullable ConfigurableApplicationContext node;
    static @Nullable PrivateRedis redis;

    @BeforeAll
    static void startNodeWithoutRedis() {
        redisPort = Nodes.freePort();
        node = Nodes.start("--server.port=0", Nodes.h2("redis-down-" + UUID.randomUUID()),
                "--quran.redis.url=redis://127.0.0.1:" + redisPort, "--quran.redis.retry-interval=PT0.2S",
                "--quran.rate-limit.key-prefix=itqan-test-redis-down-" + UUID.randomUUID() + ":");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void servesContentWithLocalStateAndReportsDegradedButReadyThenResumesWhenRedisReturns() throws IOException {
        var http = Nodes.http(node);
        for (int i = 0; i < 3; i++) {
            var verse = http.get("/api/v4/verses/by_key/2:255?translations=20");
            assertThat(verse.status()).isEqualTo(200);
            assertThat(verse.header("RateLimit-Remaining")).isNotNull();
        }
        assertThat(http.get("/api/v4/search?q=light").status()).isEqualTo(200);
        assertThat(http.get("/api/v4/me/usage").json().get("scope").asString()).isEqualTo("node");

        var health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.json().get("components").get("redis").get("status").asString()).isEqualTo("DEGRADED");
        var readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");

        redis = PrivateRedis.start(redisPort);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(http.get("/actuator/health").json().get("components").get("redis").get("status")
                    .asString()).isEqualTo("UP");
            assertThat(http.get("/api/v4/me/usage").json().get("scope").asString()).isEqualTo("global");
        });
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
