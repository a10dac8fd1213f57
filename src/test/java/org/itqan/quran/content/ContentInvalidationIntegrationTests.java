package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.itqan.quran.shared.VerseKey;
import org.itqan.quran.shared.redis.SharedRedis;
import org.itqan.quran.support.Nodes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Two nodes sharing a database and Redis (DESIGN.md §1, §3, §8): a response one node rendered is served by the other
 * from Redis (L2) without rendering it again, and a correction approved on one node changes what the other serves,
 * body and ETag, at once (Redis pub/sub) rather than at the next poll, which is set to an hour here. Skipped only
 * when no Redis answers on 127.0.0.1:6379; CI always has one.
 */
class ContentInvalidationIntegrationTests {

    static @Nullable String prefix;
    static @Nullable ConfigurableApplicationContext first;
    static @Nullable ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        Assumptions.assumeTrue(Nodes.redisAnswers(), "Redis is unreachable at 127.0.0.1:6379: skipping the two-node "
                + "cache test (CI always runs it)");
        var run = UUID.randomUUID();
        prefix = "itqan-test-cache-" + run + ":";
        first = start(run);
        second = start(run);
    }

    @AfterAll
    static void stopNodes() {
        if (first != null) {
            first.getBean(SharedRedis.class).connection().ifPresent(redis -> {
                var keys = redis.sync().keys((prefix + "*").getBytes(StandardCharsets.UTF_8));
                if (!keys.isEmpty()) {
                    redis.sync().del(keys.toArray(new byte[0][]));
                }
            });
        }
        for (var node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aNodeServesWhatAnotherRenderedFromRedis() {
        var path = "/api/v4/verses/by_range?from=24:35&to=24:36&translations=20";
        var rendered = Nodes.http(first).get(path);
        assertThat(rendered.status()).isEqualTo(200);
        var redis = first.getBean(SharedRedis.class).connection().orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> !redis.sync()
                .keys((prefix + "*responses:*").getBytes(StandardCharsets.UTF_8)).isEmpty());

        var before = l2Hits(second);
        var served = Nodes.http(second).get(path);
        assertThat(served.bytes()).isEqualTo(rendered.bytes());
        assertThat(served.header("ETag")).isEqualTo(rendered.header("ETag"));
        assertThat(l2Hits(second)).isGreaterThan(before);
    }

    @Test
    void aCorrectionOnOneNodeChangesWhatTheOtherServesPromptly() {
        var path = "/api/v4/translations/22/by_ayah/114:4";
        var before = Nodes.http(second).get(path);
        var text = before.json().get("translations").get(0).get("text").asString();

        var corrections = first.getBean(CorrectionManagement.class);
        var proposal = corrections.propose(22, VerseKey.parse("114:4"), text + " (relayed)", "relay test", null,
                "editor-a@itqan.test");
        corrections.approve(proposal.id(), "editor-b@itqan.test");

        // Seconds at most (both nodes rebuild their search index meanwhile); the poll would take an hour.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            var after = Nodes.http(second).get(path);
            assertThat(after.json().get("translations").get(0).get("text").asString()).endsWith("(relayed)");
            assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        });
    }

    private static double l2Hits(@Nullable ConfigurableApplicationContext node) {
        var counter = node.getBean(MeterRegistry.class).find("quran.cache.lookups").tag("cache", "content")
                .tag("level", "l2").tag("result", "hit").counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConfigurableApplicationContext start(UUID run) {
        return Nodes.start("--server.port=0", Nodes.h2("cache-nodes-" + run), "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--quran.redis.url=redis://" + Nodes.REDIS_HOST + ":"
                        + Nodes.REDIS_PORT,
                "--quran.http.l2-prefix=" + prefix, "--quran.content.refresh-interval=PT1H",
                "--quran.rate-limit.key-prefix=" + prefix + "rate-limit:");
    }
}
