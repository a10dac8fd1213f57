package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In the shared test context the buckets live where the run's configuration puts them: in Redis when REDIS_URL is
 * set (as in .ci/run's second pass), in the node's memory otherwise.
 */
@IntegrationTest
class UsageIntegrationTests {

    @LocalServerPort
    int port;
    @Value("${quran.redis.url:}")
    String redisUrl;

    @Test
    void bucketsLiveInRedisExactlyWhenItIsConfigured() {
        var http = new Http(port);
        assertThat(http.get("/api/v4/chapters/1").header("RateLimit-Policy")).isNotBlank();
        var usage = http.get("/api/v4/me/usage").json();
        assertThat(usage.get("tier").asString()).isEqualTo("anonymous");
        assertThat(usage.get("scope").asString()).isEqualTo(redisUrl.isBlank() ? "node" : "global");
    }
}
