package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

@IntegrationTest
class SyncAndIdempotencyIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    IdempotencyRecordExpiry expiry;
    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(port);
    }

    @Test
    void sameIdempotencyKeyTwiceIsOneRowAndTheSameResponse() {
        var user = users.register();
        var key = UUID.randomUUID().toString();
        var first = user.send("POST", "/auth/v1/notes", "{\"body\":\"once\",\"ranges\":[\"1:1-1:1\"]}",
                "Idempotency-Key", key);
        var second = user.send("POST", "/auth/v1/notes", "{\"body\":\"once\",\"ranges\":[\"1:1-1:1\"]}",
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(user.data(user.get("/auth/v1/notes")).size()).isEqualTo(1);
        var reused = user.send("POST", "/auth/v1/notes", "{\"body\":\"other\",\"ranges\":[\"1:1-1:1\"]}",
                "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("error").get("type").asString()).isEqualTo("idempotency_key_reused");
        assertThat(user.send("POST", "/auth/v1/notes", "{\"body\":\"x\",\"ranges\":[\"1:1-1:1\"]}",
                "Idempotency-Key", "bad key").status()).isEqualTo(400);
        // after the retention period the record is gone, so the key is free again
        jdbc.sql("UPDATE ud_idempotency SET created_at = created_at - INTERVAL '25' HOUR WHERE idem_key = ?").param(key)
                .update();
        expiry.expire();
        assertThat(user.send("POST", "/auth/v1/notes", "{\"body\":\"other\",\"ranges\":[\"1:1-1:1\"]}",
                "Idempotency-Key", key).status()).isEqualTo(201);
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneBookmark() throws Exception {
        var user = users.register();
        var key = UUID.randomUUID().toString();
        var bodies = run(8, () -> user.send("POST", "/auth/v1/bookmarks", "{\"type\":\"page\",\"key\":77}",
                "Idempotency-Key", key).body());
        assertThat(bodies).allMatch(b -> b.equals(bodies.getFirst()));
        assertThat(user.data(user.get("/auth/v1/bookmarks")).size()).isEqualTo(1);
    }

    @Test
    void retryAfterALostResponseReturnsTheStoredResponse() throws IOException {
        var user = users.register();
        var key = UUID.randomUUID().toString();
        var body = "{\"type\":\"surah\",\"key\":36}";
        // The client sends the request and hangs up before reading: the server applies it, the answer is lost.
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /auth/v1/bookmarks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + "Bearer " + user.token() + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + key
                    + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> user.data(user.get("/auth/v1/bookmarks")).size() == 1);
        var retry = user.send("POST", "/auth/v1/bookmarks", body, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("data").get("id")).isEqualTo(user.data(user.get("/auth/v1/bookmarks")).get(0)
                .get("id"));
        assertThat(user.data(user.get("/auth/v1/bookmarks")).size()).isEqualTo(1);
    }

    @Test
    void pullsAndPushesMutationsAndRefusesAStalePush() {
        var user = users.register();
        var note = user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"a\",\"ranges\":[\"1:1-1:2\"]}"));
        var pulled = user.data(user.get("/auth/v1/sync?mutationsSince=0"));
        assertThat(pulled.get("mutations").size()).isEqualTo(1);
        assertThat(pulled.get("mutations").get(0).get("resource").asString()).isEqualTo("NOTE");
        assertThat(pulled.get("mutations").get(0).get("resourceId")).isEqualTo(note.get("id"));
        assertThat(pulled.get("mutations").get(0).get("data").get("body").asString()).isEqualTo("a");
        long head = pulled.get("lastMutationAt").asLong();
        var pushed = user.send("POST", "/auth/v1/sync?lastMutationAt=" + head, "{\"mutations\":["
                + "{\"type\":\"CREATE\",\"resource\":\"BOOKMARK\",\"data\":{\"type\":\"juz\",\"key\":2}},"
                + "{\"type\":\"CREATE\",\"resource\":\"COLLECTION\",\"data\":{\"name\":\"Offline\"}},"
                + "{\"type\":\"DELETE\",\"resource\":\"NOTE\",\"resourceId\":\"" + note.get("id").asString() + "\"}]}");
        var applied = user.data(pushed);
        assertThat(applied.get("mutations").size()).isEqualTo(3);
        assertThat(applied.get("lastMutationAt").asLong()).isGreaterThan(head);
        var stale = user.send("POST", "/auth/v1/sync?lastMutationAt=" + head,
                "{\"mutations\":[{\"type\":\"CREATE\",\"resource\":\"COLLECTION\",\"data\":{\"name\":\"Lost\"}}]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("type").asString()).isEqualTo("out_of_sync");
        assertThat(stale.json().get("current").get("lastMutationAt").asLong())
                .isEqualTo(applied.get("lastMutationAt").asLong());
        assertThat(user.data(user.get("/auth/v1/sync?mutationsSince=" + head)).get("mutations").size()).isEqualTo(3);
        // a push is all or nothing: the bad second mutation leaves no trace of the first
        long now = applied.get("lastMutationAt").asLong();
        var bad = user.send("POST", "/auth/v1/sync?lastMutationAt=" + now, "{\"mutations\":["
                + "{\"type\":\"CREATE\",\"resource\":\"COLLECTION\",\"data\":{\"name\":\"Half\"}},"
                + "{\"type\":\"CREATE\",\"resource\":\"NOTE\",\"data\":{\"body\":\"x\",\"ranges\":[\"9:200-9:201\"]}}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(user.data(user.get("/auth/v1/sync?mutationsSince=" + now)).get("mutations").size()).isZero();
        for (var path : new String[] {"/auth/v1/sync?mutationsSince=-1", "/auth/v1/sync?resources=PREFERENCES",
            "/auth/v1/sync?mutationsSince=x"}) {
            assertThat(user.get(path).status()).as(path).isEqualTo(400);
        }
    }

    @Test
    void refusesAListOfResourcesWithAnEmptyItemAndNamesTheResources() {
        var user = users.register();
        // "," split on commas has no items at all: it was a 500 (NoSuchElementException)
        for (var resources : new String[] {",", ",,", "", "BOOKMARK,", ",NOTE", "BOOKMARK,,NOTE", "bookmark"}) {
            var path = "/auth/v1/sync?resources=" + resources;
            var response = user.get(path);
            assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(400);
            var error = response.json().get("error");
            assertThat(error.get("field").asString()).as(path).isEqualTo("resources");
            assertThat(error.get("message").asString()).as(path)
                    .contains("BOOKMARK", "COLLECTION", "COLLECTION_BOOKMARK", "NOTE");
        }
        var some = user.get("/auth/v1/sync?resources=NOTE,BOOKMARK,NOTE");
        assertThat(some.status()).as(some.body()).isEqualTo(200);
    }

    @Test
    void twoDevicesWritingAtOnceHaveOneWinnerAndTheOtherGetsTheCurrentState() throws Exception {
        var user = users.register();
        long head = user.data(user.get("/auth/v1/sync")).get("lastMutationAt").asLong();
        var statuses = run(2, () -> user.send("POST", "/auth/v1/sync?lastMutationAt=" + head, "{\"mutations\":[{"
                + "\"type\":\"CREATE\",\"resource\":\"COLLECTION\",\"data\":{\"name\":\"" + UUID.randomUUID()
                + "\"}}]}"));
        assertThat(statuses).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 409);
        var note = user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"v1\",\"ranges\":[\"1:1-1:1\"]}"));
        var path = "/auth/v1/notes/" + note.get("id").asString();
        var edits = run(2, () -> user.send("PATCH", path, "{\"body\":\"" + Thread.currentThread().getName() + "\"}",
                "If-Match", "\"1\""));
        assertThat(edits).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 412);
        var winner = edits.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        var loser = edits.stream().filter(r -> r.status() == 412).findFirst().orElseThrow();
        assertThat(loser.json().get("current")).isEqualTo(winner.json().get("data"));
        assertThat(user.data(user.get(path)).get("body")).isEqualTo(winner.json().get("data").get("body"));
    }

    @Test
    void theEventIsCommittedWithTheChangeAndSurvivesAFailingListener() {
        var user = users.register();
        var note = user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"outbox\",\"ranges\":[\"1:1-1:1\"]}"));
        var failingId = UUID.fromString(note.get("id").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> FlakyNoteListener.HANDLED.contains(failingId));
        FlakyNoteListener.HANDLED.remove(failingId);
        FlakyNoteListener.FAIL.add(failingId);
        user.data(user.send("PATCH", "/auth/v1/notes/" + failingId, "{\"body\":\"the consumer fails on this\"}"));
        // the publication row was committed with the note and stays incomplete while the listener fails
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication "
                + "WHERE serialized_event LIKE ? AND completion_date IS NULL AND status = 'FAILED'")
                .param("%" + failingId + "%").query(Long.class).single() > 0);
        assertThat(FlakyNoteListener.HANDLED).doesNotContain(failingId);
        FlakyNoteListener.FAIL.remove(failingId);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof NoteSaved saved
                && saved.note().equals(failingId));
        await().atMost(Duration.ofSeconds(10)).until(() -> FlakyNoteListener.HANDLED.contains(failingId)
                && incompleteRows(failingId) == 0);
    }

    private long incompleteRows(UUID note) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS "
                + "NULL").param("%" + note + "%").query(Long.class).single();
    }

    static <T> java.util.List<T> run(int threads, Callable<T> task) throws Exception {
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
