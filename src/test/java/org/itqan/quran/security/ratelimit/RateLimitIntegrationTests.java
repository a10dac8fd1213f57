package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.shared.redis.SharedRedis;
import org.itqan.quran.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rate limits over real HTTP, with a tiny anonymous tier (3 requests, refilled over an hour, so nothing refills
 * during the test). Each test is its own client: the loopback is a trusted proxy here, so {@code X-Forwarded-For}
 * names the client and every test gets a fresh bucket. Redis is configured but unreachable (port 1): this context
 * also proves that the API then serves, limits included, from node-local buckets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "quran.rate-limit.tiers.anonymous.limit=3", "quran.rate-limit.tiers.anonymous.burst=3",
    "quran.rate-limit.tiers.anonymous.window=PT1H", "quran.rate-limit.trusted-proxies=127.0.0.1",
    "quran.redis.url=redis://127.0.0.1:1"})
class RateLimitIntegrationTests {

    private static final String VERSE = "/api/v4/verses/by_key/2:255";

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    SharedRedis redis;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void announcesTheLimitOnContentResponses() {
        var response = http.get(VERSE, "X-Forwarded-For", "203.0.113.1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(response.header("RateLimit-Remaining")).isEqualTo("2");
        assertThat(Long.parseLong(response.header("RateLimit-Reset"))).isBetween(1L, 1200L);
        assertThat(response.header("RateLimit-Policy")).isEqualTo("3;w=3600");
        var notModified = http.get(VERSE, "X-Forwarded-For", "203.0.113.1", "If-None-Match",
                response.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("RateLimit-Remaining")).isEqualTo("1");
    }

    @Test
    void refusesTheRequestAfterTheLimitWithAProblem() {
        var rejectionsBefore = rejections();
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v4/chapters/1", "X-Forwarded-For", "203.0.113.2").status()).isEqualTo(200);
        }
        var refused = http.get("/api/v4/chapters/1", "X-Forwarded-For", "203.0.113.2");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1200L);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        var problem = refused.json();
        assertThat(problem.get("type").asString()).endsWith("/problems/rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("tier").asString()).isEqualTo("anonymous");
        assertThat(problem.get("detail").asString()).contains("3 requests per 3600 s");
        assertThat(rejections()).isEqualTo(rejectionsBefore + 1);
        // Another client has its own bucket.
        assertThat(http.get("/api/v4/chapters/1", "X-Forwarded-For", "203.0.113.22").status()).isEqualTo(200);
    }

    @Test
    void showsUsageWithoutConsumingARequest() {
        http.get(VERSE, "X-Forwarded-For", "203.0.113.3");
        for (int i = 0; i < 4; i++) {
            var usage = http.get("/api/v4/me/usage", "X-Forwarded-For", "203.0.113.3");
            assertThat(usage.status()).isEqualTo(200);
            assertThat(usage.header("RateLimit-Remaining")).isEqualTo("2");
            var body = usage.json();
            assertThat(body.get("tier").asString()).isEqualTo("anonymous");
            assertThat(body.get("limit").asLong()).isEqualTo(3);
            assertThat(body.get("window_seconds").asLong()).isEqualTo(3600);
            assertThat(body.get("remaining").asLong()).isEqualTo(2);
            assertThat(body.get("consumes_request").asBoolean()).isFalse();
            assertThat(body.get("scope").asString()).isEqualTo("node");
        }
    }

    @Test
    void doesNotLimitActuatorOrApiDocs() {
        for (int i = 0; i < 5; i++) {
            var health = http.get("/actuator/health", "X-Forwarded-For", "203.0.113.4");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.header("RateLimit-Limit")).isNull();
        }
        assertThat(http.get("/v3/api-docs", "X-Forwarded-For", "203.0.113.4").header("RateLimit-Limit")).isNull();
        assertThat(http.get("/api/v4/chapters/1", "X-Forwarded-For", "203.0.113.4").header("RateLimit-Remaining"))
                .isEqualTo("2");
    }

    @Test
    void servesFromNodeLocalBucketsWhileRedisIsUnreachable() {
        var response = http.get(VERSE, "X-Forwarded-For", "203.0.113.5");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("RateLimit-Remaining")).isEqualTo("2");
        assertThat(redis.isAvailable()).isFalse();
    }

    private double rejections() {
        return meters.get("quran.rate_limit.rejections").tag("tier", "anonymous").counter().count();
    }
}
