package org.itqan.quran.realtime.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ContentImported;
import org.itqan.quran.realtime.EventStream;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v4/me/events} read by a real HTTP client: the user's own sync changes, the khatm plans the user
 * belongs to and content changes arrive as typed messages with ids and JSON data; other users' changes do not;
 * heartbeats keep the stream alive (every second in the test profile); a client that goes away costs nothing; a
 * stream whose token is revoked says so and ends.
 */
@IntegrationTest
class EventStreamIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCOPES = "openid user.read bookmark.read bookmark.create";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ContentCatalog catalog;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void streamsTheUsersOwnChangesKhatmProgressAndContentEvents() throws Exception {
        var user = register(SCOPES + " goal.read goal.create goal.update");
        var other = register(SCOPES);
        var plan = post(user, "/auth/v1/khatm-plans", "{\"name\":\"SSE\",\"division\":\"juz\"}").get("data");
        try (var stream = open(user)) {
            var bookmark = post(user, "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":18}");
            post(other, "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":36}");
            post(user, "/auth/v1/khatm-plans/" + plan.get("id").asString() + "/parts/7/claim", "");
            transactions.executeWithoutResult(s -> publisher.publishEvent(new ContentImported(catalog.contentVersion())));

            await().atMost(Duration.ofSeconds(15)).until(() -> !stream.of("bookmark.added").isEmpty()
                    && !stream.of("khatm.changed").isEmpty() && !stream.of("content.imported").isEmpty());
            var added = stream.of("bookmark.added");
            assertThat(added).as("the other user's bookmark is not on this stream").hasSize(1);
            var data = JSON.readTree(added.getFirst().data());
            assertThat(added.getFirst().id()).isEqualTo(data.get("id").asString()).isNotBlank();
            assertThat(data.get("type").asString()).isEqualTo("bookmark.added");
            assertThat(data.get("data").get("bookmark").asString()).isEqualTo(bookmark.get("data").get("id").asString());
            var khatm = JSON.readTree(stream.of("khatm.changed").getFirst().data());
            assertThat(khatm.get("topic").asString()).isEqualTo("khatm:" + plan.get("id").asString());
            assertThat(khatm.get("data").get("part").asInt()).isEqualTo(7);
            var content = JSON.readTree(stream.of("content.imported").getFirst().data());
            assertThat(content.get("data").get("contentVersion").asString()).isEqualTo(catalog.contentVersion());
        }
    }

    @Test
    void sendsHeartbeatsAndSurvivesAClientThatGoesAway() throws Exception {
        var user = register(SCOPES);
        var stream = open(user);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.comments.contains("heartbeat"));
        stream.close();
        // The next heartbeats find the client gone. Nothing may fail on the server's threads then: Awaitility fails
        // a test on an exception left uncaught in any thread, as ending the failed request a second time was when
        // Tomcat had handled the failure first (seen in CI, a race this wait gives a chance to show).
        await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        // events for the vanished client are dropped quietly; the user's writes and new streams are unaffected
        for (int i = 1; i <= 3; i++) {
            post(user, "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":" + (100 + i) + "}");
        }
        try (var again = open(user)) {
            post(user, "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":110}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !again.of("bookmark.added").isEmpty());
        }
    }

    @Test
    void endsWithAnUnauthorizedMessageWhenItsTokenIsRevoked() throws Exception {
        var user = register(SCOPES);
        try (var stream = open(user)) {
            assertThat(new OAuth(port).revoke(user, OAuth.TEST_CLIENT, OAuth.TEST_SECRET)).isEqualTo(200);
            // the test profile rechecks a stream's token every second
            await().atMost(Duration.ofSeconds(10)).until(stream::ended);
            var last = stream.messages.getLast();
            assertThat(last.event()).isEqualTo("unauthorized");
            var problem = JSON.readTree(last.data());
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("type").asString()).endsWith("/unauthorized");
            assertThat(problem.get("detail").asString()).contains("revoked");
        }
        assertThat(http.get("/api/v4/me/events", "Authorization", "Bearer " + user).status()).isEqualTo(401);
    }

    @Test
    void needsAUserTokenWithUserRead() throws Exception {
        assertThat(http.get("/api/v4/me/events").status()).isEqualTo(401);
        var client = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read user.read");
        var refused = http.get("/api/v4/me/events", "Authorization", "Bearer " + client.accessToken());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        var noScope = register("openid bookmark.read");
        assertThat(http.get("/api/v4/me/events", "Authorization", "Bearer " + noScope).status()).isEqualTo(403);
    }

    private EventStream open(String token) throws Exception {
        var stream = new EventStream(port, "/api/v4/me/events", token);
        assertThat(stream.status()).isEqualTo(200);
        // "ready" is sent once the subscription is live: events from now on reach this stream
        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.of("ready").isEmpty());
        return stream;
    }

    private tools.jackson.databind.JsonNode post(String token, String path, String body) {
        var response = http.send("POST", path, body, "Authorization", "Bearer " + token, "Content-Type",
                "application/json");
        assertThat(response.status()).as(path + ": " + response.body()).isBetween(200, 201);
        return response.json();
    }

    private String register(String scopes) {
        var email = "sse-" + UUID.randomUUID() + "@example.org";
        var password = "a long enough password";
        assertThat(http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\"}", "Content-Type", "application/json").status()).isEqualTo(201);
        var tokens = new OAuth(port).authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, password, scopes);
        assertThat(tokens.status()).as(tokens.body().toString()).isEqualTo(200);
        return tokens.accessToken();
    }
}
