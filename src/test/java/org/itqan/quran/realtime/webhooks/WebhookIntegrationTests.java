package org.itqan.quran.realtime.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ContentImported;
import org.itqan.quran.content.ContentManagement;
import org.itqan.quran.content.CorrectionManagement;
import org.itqan.quran.shared.VerseKey;
import org.itqan.quran.security.ClientAdministration;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks over real HTTP: a client registers a loopback receiver (allow-listed in the test profile), deliveries
 * arrive signed, in order per subscription, retried after the receiver fails, listed and replayable; private targets
 * are refused.
 */
@IntegrationTest
@TestPropertySource(properties = {"quran.webhooks.enabled=true", "quran.webhooks.request-timeout=PT2S"})
class WebhookIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INDONESIAN = "translations/quranenc/indonesian_affairs_v1.0.1-csv.1.csv";

    static Receiver receiver;

    @LocalServerPort
    int port;
    @Autowired
    WebhookEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    ClientAdministration clients;
    @Autowired
    CorrectionManagement corrections;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    ContentManagement management;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Http http;
    String token;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void signIn() {
        http = new Http(port);
        token = clientToken(OAuth.TEST_CLIENT, OAuth.TEST_SECRET);
    }

    @Test
    void deliversSignedEventsInOrderPerSubscription() {
        var path = "/ordered-" + UUID.randomUUID();
        var hook = register(path);
        var secret = hook.get("secret").asString();
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var id = UUID.randomUUID();
            ids.add(id.toString());
            transactions.executeWithoutResult(s -> events.enqueue(id, "content.imported", Map.of("n", ids.size())));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at(path).size() >= 5);
        var received = receiver.at(path);
        assertThat(received).extracting(r -> r.header("Itqan-Event-Id")).containsExactlyElementsOf(ids);
        for (var request : received) {
            assertThat(request.header("Itqan-Event-Type")).isEqualTo("content.imported");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(verify(secret, request)).as(request.header("Itqan-Signature")).isTrue();
            assertThat(verify("whsec_not-the-secret", request)).isFalse();
        }
    }

    @Test
    void retriesAfterTheReceiverFailsAndLogsEveryAttempt() {
        var path = "/flaky-" + UUID.randomUUID();
        receiver.failFirst(path, 1);
        var hook = register(path);
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.enqueue(first, "content.imported", Map.of("n", 1)));
        transactions.executeWithoutResult(s -> events.enqueue(second, "content.imported", Map.of("n", 2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at(path).size() >= 3);
        // the failed event is sent again before the next one: order holds across retries
        assertThat(receiver.at(path)).extracting(r -> r.header("Itqan-Event-Id"))
                .containsExactly(first.toString(), first.toString(), second.toString());
        var deliveries = deliveries(hook.get("id").asString());
        var firstDelivery = deliveries.valueStream().filter(d -> d.get("event_id").asString().equals(first.toString()))
                .findFirst().orElseThrow();
        assertThat(firstDelivery.get("state").asString()).isEqualTo("delivered");
        assertThat(firstDelivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(firstDelivery.get("attempt_log")).hasSize(2);
        assertThat(firstDelivery.get("attempt_log").get(0).get("status").asInt()).isEqualTo(500);
        assertThat(firstDelivery.get("attempt_log").get(1).get("status").asInt()).isEqualTo(200);
    }

    @Test
    void anAttemptWithoutAnAnswerByItsDeadlineFailsAndIsRetried() {
        var path = "/stalling-" + UUID.randomUUID();
        receiver.stallFirst(path, 1);
        var hook = register(path);
        var event = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.enqueue(event, "content.imported", Map.of("n", 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "delivered".equals(
                deliveries(hook.get("id").asString()).get(0).get("state").asString()));
        var attempts = deliveries(hook.get("id").asString()).get(0).get("attempt_log");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("error").asString()).isEqualTo("no answer within PT2S");
        assertThat(attempts.get(0).get("duration_ms").asLong()).as("cut off at the deadline")
                .isGreaterThanOrEqualTo(2_000L);
        assertThat(attempts.get(1).get("status").asInt()).isEqualTo(200);
    }

    @Test
    void readsOnlyTheStartOfAnAnswerThatNeverEnds() {
        var path = "/endless-" + UUID.randomUUID();
        receiver.answerEndlessly(path);
        var hook = register(path);
        transactions.executeWithoutResult(s -> events.enqueue(UUID.randomUUID(), "content.imported", Map.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(
                deliveries(hook.get("id").asString()).get(0).get("state").asString()));
        var attempt = deliveries(hook.get("id").asString()).get(0).get("attempt_log").get(0);
        assertThat(attempt.get("status").asInt()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.endlessWritten.containsKey(path));
        // 800 MB on offer; what got out is the sender's 4 KB plus what the sockets' buffers held when it hung up
        assertThat(receiver.endlessWritten.get(path)).isLessThan(64L << 20);
    }

    @Test
    void anAppliedCorrectionAndANewEditionSayWhichResourceChangedFromWhichVersionToWhich() throws Exception {
        var path = "/resources-" + UUID.randomUUID();
        var created = http.send("POST", "/api/v4/webhooks", "{\"url\":\"" + receiver.url(path)
                + "\",\"event_types\":[\"resource.updated\"]}", auth());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var before = catalog.resource(33).orElseThrow().version();
        var verse = VerseKey.parse("1:2");
        var original = http.get("/api/v4/quran/translations/33?verse_key=1:2").json().get("translations").get(0)
                .get("text").asString();

        var proposal = corrections.propose(33, verse, original + " (corrected)", "typo", null, "alice");
        corrections.approve(proposal.id(), "bob");
        var corrected = catalog.resource(33).orElseThrow().version();
        management.importVersion(33, INDONESIAN, new ClassPathResource("data/" + INDONESIAN).getContentAsByteArray(),
                "v1.0.1-csv.1");

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at(path).size() >= 2);
        var correction = JSON.readTree(receiver.at(path).get(0).text());
        assertThat(correction.get("type").asString()).isEqualTo("resource.updated");
        assertThat(correction.get("data").get("resource_id").asInt()).isEqualTo(33);
        assertThat(correction.get("data").get("resource_type").asString()).isEqualTo("translation");
        assertThat(correction.get("data").get("reason").asString()).isEqualTo("correction");
        assertThat(correction.get("data").get("verse_key").asString()).isEqualTo("1:2");
        assertThat(correction.get("data").get("previous_version").asString()).isEqualTo(before);
        assertThat(correction.get("data").get("version").asString()).isEqualTo(corrected)
                .endsWith("+c" + proposal.id());
        var edition = JSON.readTree(receiver.at(path).get(1).text());
        assertThat(edition.get("data").get("reason").asString()).isEqualTo("import");
        assertThat(edition.get("data").get("previous_version").asString()).isEqualTo(corrected);
        assertThat(edition.get("data").get("version").asString()).isEqualTo("v1.0.1-csv.1");
        assertThat(edition.get("data").get("verse_key").isNull()).isTrue();
        assertThat(receiver.at(path)).extracting(r -> r.header("Itqan-Event-Type")).containsOnly("resource.updated");
    }

    @Test
    void theSenderItselfConnectsOnlyWhereTheRulesAllow() throws Exception {
        // 0.0.0.0 reaches this machine's loopback receiver, but is no address a delivery may use: refused where
        // the sender resolves it, even without the check that runs before an attempt.
        var path = "/direct-" + UUID.randomUUID();
        var url = receiver.url(path).replace("127.0.0.1", "0.0.0.0");
        var delivery = new WebhookDeliveries.Delivery(UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(),
                "content.imported", "{}", "PENDING", 0, Instant.now(), null, null, null, Instant.now(), null);

        assertThatThrownBy(() -> dispatcher.send(url, "whsec_test", delivery))
                .isInstanceOf(WebhookTargets.TargetRefused.class).hasMessageContaining("0.0.0.0");
        assertThat(receiver.at(path)).isEmpty();
        assertThat(dispatcher.send(receiver.url(path), "whsec_test", delivery)).isEqualTo(200);
        assertThat(receiver.at(path)).hasSize(1);
    }

    @Test
    void deadLettersAfterTheLastAttemptAndReplaysOnRequest() {
        var path = "/down-" + UUID.randomUUID();
        receiver.failFirst(path, 3); // the test profile allows 3 attempts
        var hook = register(path);
        var id = hook.get("id").asString();
        var event = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.enqueue(event, "content.imported", Map.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(id).size() == 1
                && deliveries(id).get(0).get("state").asString().equals("dead"));
        var dead = deliveries(id).get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("last_status").asInt()).isEqualTo(500);

        var replay = http.send("POST", "/api/v4/webhooks/" + id + "/deliveries/" + dead.get("id").asString()
                + "/replay", "", auth());
        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        assertThat(replay.json().get("replay_of").asString()).isEqualTo(dead.get("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at(path).size() == 4);
        assertThat(receiver.at(path).get(3).header("Itqan-Event-Id")).isEqualTo(event.toString());
        assertThat(http.send("POST", "/api/v4/webhooks/" + id + "/deliveries/" + replay.json().get("id").asString()
                + "/replay", "", auth()).status()).isIn(202, 409);
    }

    @Test
    void aCommittedContentEventReachesTheWebhookThroughTheEventRegistry() {
        var path = "/content-" + UUID.randomUUID();
        register(path);
        var before = Instant.now();
        // The current version: the search index and caches take it as a no-op, the webhook still hears of it.
        transactions.executeWithoutResult(s -> publisher.publishEvent(new ContentImported(catalog.contentVersion())));
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.at(path).isEmpty());
        var body = new Http.Response(200, Map.of(), receiver.at(path).getFirst().body()).json();
        assertThat(body.get("type").asString()).isEqualTo("content.imported");
        assertThat(body.get("data").get("content_version").asString()).isEqualTo(catalog.contentVersion());
        assertThat(Instant.parse(body.get("created_at").asString())).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void refusesPrivateLoopbackAndPlainHttpTargets() {
        for (var url : new String[] {"http://10.0.0.7/hook", "https://169.254.169.254/latest/meta-data",
                "https://192.168.1.1/hook", "https://[::1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook",
                "https://[::ffff:10.0.0.1]/hook", "http://93.184.215.14/hook", "ftp://93.184.215.14/hook",
                "https://user:pw@93.184.215.14/hook"}) {
            var refused = http.send("POST", "/api/v4/webhooks", body(url), auth());
            assertThat(refused.status()).as(url + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("parameter").asString()).isEqualTo("url");
        }
        var unknownType = http.send("POST", "/api/v4/webhooks", "{\"url\":\"" + receiver.url("/x")
                + "\",\"event_types\":[\"bookmark.added\"]}", auth());
        assertThat(unknownType.status()).isEqualTo(400);
    }

    @Test
    void refusesEventTypesThatAreNullOrNotKnownStringsAsAProblem() {
        var url = receiver.url("/types-" + UUID.randomUUID());
        // [null] was a 500: Set.of(..).containsAll throws NullPointerException on a null element
        for (var types : new String[] {"[null]", "[\"content.imported\",null]", "[1]", "[true]", "[{}]", "[[]]",
            "[\"\"]", "[\"CONTENT.IMPORTED\"]", "[]", "null", "\"content.imported\""}) {
            var refused = http.send("POST", "/api/v4/webhooks", "{\"url\":\"" + url + "\",\"event_types\":" + types
                    + "}", auth());
            assertThat(refused.status()).as(types + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(types).startsWith("application/problem+json");
        }
        var nullType = http.send("POST", "/api/v4/webhooks", "{\"url\":\"https://1.1.1.1/h\",\"event_types\":[null]}",
                auth());
        assertThat(nullType.json().get("parameter").asString()).isEqualTo("event_types");
        assertThat(nullType.json().get("detail").asString()).contains("content.imported");
        assertThat(http.get("/api/v4/webhooks", auth()).json().get("webhooks").valueStream()
                .map(w -> w.get("url").asString())).doesNotContain(url);
    }

    @Test
    void refusesAnUnpairedSurrogateOrAnOverlyLongValueNamingTheMember() {
        var url = receiver.url("/text-" + UUID.randomUUID());
        // the surrogates are JSON escapes: the body itself is ASCII
        String[][] cases = {
            {"{\"url\":\"" + url + "\\ud800\",\"event_types\":[\"content.imported\"]}", "url"},
            {"{\"url\":\"https://1.1.1.1/" + "\\ud800".repeat(2000) + "\",\"event_types\":[\"content.imported\"]}",
                "url"},
            {"{\"url\":\"" + url + "\",\"event_types\":[\"\\udc00\"]}", "event_types"},
            {"{\"url\":\"" + url + "\",\"event_types\":[\"content.imported\"],\"description\":\"a\\ud83d\"}",
                "description"},
            {"{\"url\":\"https://1.1.1.1/" + "h".repeat(2000) + "\",\"event_types\":[\"content.imported\"]}",
                "url"},
            {"{\"url\":\"" + url + "\",\"event_types\":[\"content.imported\"],\"description\":\""
                + "d".repeat(201) + "\"}", "description"}};
        for (var c : cases) {
            var refused = http.send("POST", "/api/v4/webhooks", c[0], auth());
            var what = c[0].substring(0, Math.min(c[0].length(), 200)) + " -> " + refused.body();
            assertThat(refused.status()).as(what).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(refused.json().get("parameter").asString()).as(what).isEqualTo(c[1]);
        }
        // nothing was stored: the client's webhooks still list as UTF-8 JSON
        var list = http.get("/api/v4/webhooks", auth());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("webhooks").valueStream().map(w -> w.get("url").asString())).doesNotContain(url);
    }

    @Test
    void aClientSeesAndDeletesOnlyItsOwnWebhooks() {
        var hook = register("/mine-" + UUID.randomUUID());
        var id = hook.get("id").asString();
        var other = clients.create("Other webhook client", true, Set.of("webhooks"), Set.of(), "test");
        var otherToken = clientToken(other.clientId(), other.secret());
        assertThat(http.get("/api/v4/webhooks/" + id, "Authorization", "Bearer " + otherToken).status())
                .isEqualTo(404);
        assertThat(http.send("DELETE", "/api/v4/webhooks/" + id, "", "Authorization", "Bearer " + otherToken)
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v4/webhooks", "Authorization", "Bearer " + otherToken).json().get("webhooks"))
                .isEmpty();

        var fetched = http.get("/api/v4/webhooks/" + id, auth());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().has("secret")).as("the secret is shown once").isFalse();
        assertThat(http.get("/api/v4/webhooks", auth()).json().get("webhooks").valueStream()
                .map(w -> w.get("id").asString())).contains(id);
        assertThat(http.send("DELETE", "/api/v4/webhooks/" + id, "", auth()).status()).isEqualTo(204);
        assertThat(http.get("/api/v4/webhooks/" + id, auth()).status()).isEqualTo(404);
    }

    @Test
    void aRevokedClientsWebhooksAreDeletedWithIt() {
        var other = clients.create("Short-lived webhook client", true, Set.of("webhooks"), Set.of(), "test");
        var otherToken = clientToken(other.clientId(), other.secret());
        var created = http.send("POST", "/api/v4/webhooks", body(receiver.url("/revoked")), "Authorization",
                "Bearer " + otherToken, "Content-Type", "application/json");
        assertThat(created.status()).isEqualTo(201);
        clients.revoke(other.clientId(), "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM webhook_subscription "
                + "WHERE client_id = ?").param(other.clientId()).query(Long.class).single() == 0);
    }

    @Test
    void needsAClientTokenWithTheWebhooksScope() {
        assertThat(http.get("/api/v4/webhooks").status()).isEqualTo(401);
        var contentOnly = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read")
                .accessToken();
        assertThat(http.get("/api/v4/webhooks", "Authorization", "Bearer " + contentOnly).status()).isEqualTo(403);
    }

    private tools.jackson.databind.JsonNode register(String path) {
        var created = http.send("POST", "/api/v4/webhooks", body(receiver.url(path)), auth());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("secret").asString()).startsWith("whsec_");
        return created.json();
    }

    private tools.jackson.databind.JsonNode deliveries(String hook) {
        var response = http.get("/api/v4/webhooks/" + hook + "/deliveries", auth());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("deliveries");
    }

    private static String body(String url) {
        return "{\"url\":\"" + url + "\",\"event_types\":[\"content.imported\"],\"description\":\"test\"}";
    }

    private String[] auth() {
        return new String[] {"Authorization", "Bearer " + token, "Content-Type", "application/json"};
    }

    private String clientToken(String client, String secret) {
        var tokens = new OAuth(port).clientCredentials(client, secret, "webhooks");
        assertThat(tokens.status()).as(tokens.body().toString()).isEqualTo(200);
        return tokens.accessToken();
    }

    /** What a receiver does (docs/webhooks.md): recompute the HMAC over t + "." + body and compare. */
    static boolean verify(String secret, Receiver.Request request) {
        var parts = Map.<String, String>of();
        var header = request.header("Itqan-Signature");
        var map = new java.util.HashMap<String, String>();
        for (var part : header.split(",")) {
            var kv = part.split("=", 2);
            map.put(kv[0], kv[1]);
        }
        parts = map;
        var t = Long.parseLong(parts.get("t"));
        if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;
        }
        var expected = WebhookSignature.hmac(secret, t, request.body());
        return java.security.MessageDigest.isEqual(expected.getBytes(), parts.get("v1").getBytes());
    }
}
