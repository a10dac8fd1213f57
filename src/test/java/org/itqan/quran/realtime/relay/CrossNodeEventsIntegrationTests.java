package org.itqan.quran.realtime.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;

import org.itqan.quran.QuranApiApplication;
import org.itqan.quran.realtime.EventStream;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.OAuth;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances sharing one database and one Redis (DESIGN.md §8): a user's Server-Sent Events stream
 * open on node A receives the event of a bookmark written through node B, carried by Redis pub/sub. Each run uses
 * its own relay channel. Skipped only when no Redis answers on 127.0.0.1:6379; CI always has one.
 */
class CrossNodeEventsIntegrationTests {

    private static final String REDIS_HOST = "127.0.0.1";
    private static final int REDIS_PORT = 6379;
    private static final String PASSWORD = "a long enough password";

    static @Nullable ConfigurableApplicationContext a;
    static @Nullable ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() {
        Assumptions.assumeTrue(redisAnswers(), "Redis is unreachable at " + REDIS_HOST + ":" + REDIS_PORT
                + ": skipping the two-node event test (CI always runs it)");
        var run = UUID.randomUUID();
        a = start(run);
        b = start(run);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aStreamOnNodeAReceivesTheEventOfAWriteOnNodeB() throws Exception {
        var email = "two-nodes-" + UUID.randomUUID() + "@example.org";
        var onB = new Http(port(b));
        assertThat(onB.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\"}", "Content-Type", "application/json").status()).isEqualTo(201);
        var token = new OAuth(port(b)).authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD,
                "openid user.read bookmark.create").accessToken();

        try (var streamOnA = new EventStream(port(a), "/api/v4/me/events", token)) {
            assertThat(streamOnA.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> !streamOnA.of("ready").isEmpty());
            var written = onB.send("POST", "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":55}", "Authorization",
                    "Bearer " + token, "Content-Type", "application/json");
            assertThat(written.status()).isEqualTo(201);
            var bookmark = written.json().get("data").get("id").asString();
            await().atMost(Duration.ofSeconds(15)).until(() -> !streamOnA.of("bookmark.added").isEmpty());
            var event = JsonMapper.builder().build().readTree(streamOnA.of("bookmark.added").getFirst().data());
            assertThat(event.get("data").get("bookmark").asString()).isEqualTo(bookmark);
        }
    }

    private static ConfigurableApplicationContext start(UUID run) {
        return new SpringApplicationBuilder(QuranApiApplication.class).logStartupInfo(false).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:two-nodes-events-" + run
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--quran.redis.url=redis://" + REDIS_HOST + ":" + REDIS_PORT,
                "--quran.events.relay-channel=itqan-test-live-events-" + run);
    }

    private static int port(@Nullable ConfigurableApplicationContext node) {
        assertThat(node).isNotNull();
        return ((WebServerApplicationContext) node).getWebServer().getPort();
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
