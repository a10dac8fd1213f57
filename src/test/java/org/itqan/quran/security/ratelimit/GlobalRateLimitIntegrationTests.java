package org.itqan.quran.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.itqan.quran.QuranApiApplication;
import org.itqan.quran.shared.redis.SharedRedis;
import org.itqan.quran.support.Http;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances sharing one Redis hold ONE limit per caller (DESIGN.md §1, §8): with a capacity of 4,
 * four requests spread over both nodes succeed and the fifth is refused on either node. Like real nodes they share
 * one database (an in-memory H2 of this run: the first node imports the content, the second finds it there) and
 * one Redis, where the bucket keys get a prefix unique to this run.
 * Skipped only when no Redis answers on 127.0.0.1:6379; CI always has one.
 */
class GlobalRateLimitIntegrationTests {

    private static final String REDIS_HOST = "127.0.0.1";
    private static final int REDIS_PORT = 6379;

    static @Nullable UUID run;
    static @Nullable ConfigurableApplicationContext first;
    static @Nullable ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        Assumptions.assumeTrue(redisAnswers(), "Redis is unreachable at " + REDIS_HOST + ":" + REDIS_PORT
                + ": skipping the two-node global rate limit test (CI always runs it)");
        run = UUID.randomUUID();
        first = start(run);
        second = start(run);
    }

    @AfterAll
    static void stopNodes() {
        if (first != null) {
            // The bucket would otherwise stay in the shared Redis until it refills, an hour from now.
            first.getBean(SharedRedis.class).connection().ifPresent(redis -> redis.sync()
                    .del((prefix(run) + "anonymous:127.0.0.1").getBytes(StandardCharsets.UTF_8)));
        }
        for (var node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void bothNodesChargeOneBucket() {
        var nodes = new Http[] {http(first), http(second)};
        for (int i = 0; i < 4; i++) {
            var response = nodes[i % 2].get("/api/v4/chapters/1");
            assertThat(response.status()).as("request %d, on node %d", i + 1, i % 2 + 1).isEqualTo(200);
            assertThat(response.header("RateLimit-Remaining")).isEqualTo(Integer.toString(3 - i));
        }
        for (var node : nodes) {
            var refused = node.get("/api/v4/chapters/1");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("type").asString()).endsWith("/problems/rate-limited");
            var usage = node.get("/api/v4/me/usage").json();
            assertThat(usage.get("scope").asString()).isEqualTo("global");
            assertThat(usage.get("remaining").asLong()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(UUID run) {
        // Command-line arguments, because they outrank the test profile's generous limits.
        return new SpringApplicationBuilder(QuranApiApplication.class).logStartupInfo(false).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:two-nodes-" + run
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--quran.redis.url=redis://" + REDIS_HOST + ":" + REDIS_PORT,
                "--quran.rate-limit.key-prefix=" + prefix(run),
                "--quran.rate-limit.tiers.anonymous.limit=4", "--quran.rate-limit.tiers.anonymous.burst=4",
                "--quran.rate-limit.tiers.anonymous.window=PT1H");
    }

    private static String prefix(@Nullable UUID run) {
        return "itqan-test-two-nodes-" + run + ":";
    }

    private static Http http(@Nullable ConfigurableApplicationContext node) {
        assertThat(node).isNotNull();
        return new Http(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    private static boolean redisAnswers() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
