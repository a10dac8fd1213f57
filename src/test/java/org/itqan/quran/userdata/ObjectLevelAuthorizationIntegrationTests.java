package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * OWASP API1 (broken object-level authorization), enumerated: for every user-data endpoint that takes an id, user B
 * gets 404 for user A's id (never 403, so ids cannot be probed), and no list of B's ever shows A's data.
 */
@IntegrationTest
class ObjectLevelAuthorizationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void userBCanNeverReadOrChangeUserAsData() {
        var users = new Users(port);
        var a = users.register();
        var b = users.register();
        var bookmark = a.data(a.send("POST", "/auth/v1/bookmarks", "{\"type\":\"ayah\",\"key\":2,\"verseNumber\":255}"))
                .get("id").asString();
        var collection = a.data(a.send("POST", "/auth/v1/collections", "{\"name\":\"Private\"}")).get("id").asString();
        a.data(a.send("POST", "/auth/v1/collections/" + collection + "/bookmarks", "{\"bookmarkId\":\"" + bookmark
                + "\"}"));
        var note = a.data(a.send("POST", "/auth/v1/notes", "{\"body\":\"secret of A\",\"ranges\":[\"2:255-2:255\"]}"))
                .get("id").asString();
        a.data(a.send("POST", "/auth/v1/reading-sessions", "{\"chapterNumber\":2,\"verseNumber\":255}"));
        a.data(a.send("POST", "/auth/v1/activity-days", "{\"seconds\":60,\"ranges\":[\"2:255-2:255\"]}"));
        a.data(a.send("POST", "/auth/v1/goals", "{\"type\":\"QURAN_TIME\",\"amount\":60}"));
        a.data(a.send("POST", "/auth/v1/preferences", "{\"group\":\"theme\",\"key\":\"type\",\"value\":\"secretA\"}"));
        var bCollection = b.data(b.send("POST", "/auth/v1/collections", "{\"name\":\"Mine\"}")).get("id").asString();

        var attempts = new LinkedHashMap<String, String[]>();
        attempts.put("read bookmark", new String[] {"GET", "/auth/v1/bookmarks/" + bookmark, ""});
        attempts.put("delete bookmark", new String[] {"DELETE", "/auth/v1/bookmarks/" + bookmark, ""});
        attempts.put("read collection", new String[] {"GET", "/auth/v1/collections/" + collection, ""});
        attempts.put("rename collection", new String[] {"PATCH", "/auth/v1/collections/" + collection,
            "{\"name\":\"pwned\"}"});
        attempts.put("delete collection", new String[] {"DELETE", "/auth/v1/collections/" + collection, ""});
        attempts.put("list collection bookmarks", new String[] {"GET", "/auth/v1/collections/" + collection
                + "/bookmarks", ""});
        attempts.put("add to A's collection", new String[] {"POST", "/auth/v1/collections/" + collection
                + "/bookmarks", "{\"type\":\"surah\",\"key\":1}"});
        attempts.put("add A's bookmark to B's collection", new String[] {"POST", "/auth/v1/collections/" + bCollection
                + "/bookmarks", "{\"bookmarkId\":\"" + bookmark + "\"}"});
        attempts.put("remove from A's collection", new String[] {"DELETE", "/auth/v1/collections/" + collection
                + "/bookmarks/" + bookmark, ""});
        attempts.put("read note", new String[] {"GET", "/auth/v1/notes/" + note, ""});
        attempts.put("update note", new String[] {"PATCH", "/auth/v1/notes/" + note, "{\"body\":\"pwned\"}"});
        attempts.put("delete note", new String[] {"DELETE", "/auth/v1/notes/" + note, ""});
        for (var attempt : attempts.entrySet()) {
            var r = attempt.getValue();
            var response = b.send(r[0], r[1], r[2]);
            assertThat(response.status()).as(attempt.getKey() + ": " + response.body()).isEqualTo(404);
            assertThat(response.json().get("error").get("type").asString()).isEqualTo("not_found");
        }
        long head = b.data(b.get("/auth/v1/sync")).get("lastMutationAt").asLong();
        for (var mutation : new String[] {"{\"type\":\"DELETE\",\"resource\":\"NOTE\",\"resourceId\":\"" + note + "\"}",
            "{\"type\":\"UPDATE\",\"resource\":\"NOTE\",\"resourceId\":\"" + note + "\",\"data\":{\"body\":\"x\"}}",
            "{\"type\":\"DELETE\",\"resource\":\"BOOKMARK\",\"resourceId\":\"" + bookmark + "\"}",
            "{\"type\":\"UPDATE\",\"resource\":\"COLLECTION\",\"resourceId\":\"" + collection
                    + "\",\"data\":{\"name\":\"x\"}}",
            "{\"type\":\"DELETE\",\"resource\":\"COLLECTION\",\"resourceId\":\"" + collection + "\"}",
            "{\"type\":\"DELETE\",\"resource\":\"COLLECTION_BOOKMARK\",\"data\":{\"collectionId\":\"" + collection
                    + "\",\"bookmarkId\":\"" + bookmark + "\"}}"}) {
            var response = b.send("POST", "/auth/v1/sync?lastMutationAt=" + head, "{\"mutations\":[" + mutation + "]}");
            assertThat(response.status()).as(mutation).isEqualTo(404);
        }
        for (var path : new String[] {"/auth/v1/bookmarks", "/auth/v1/collections", "/auth/v1/notes",
            "/auth/v1/notes/by-verse/2:255", "/auth/v1/notes/by-range?from=2:1&to=2:286",
            "/auth/v1/notes/count-within-range?from=2:1&to=2:286", "/auth/v1/sync", "/auth/v1/reading-sessions",
            "/auth/v1/reading-sessions/latest", "/auth/v1/activity-days?from=2020-01-01&to=2020-12-31",
            "/auth/v1/goals", "/auth/v1/preferences", "/auth/v1/streaks"}) {
            var body = b.get(path).body();
            assertThat(body).as(path).doesNotContain(bookmark).doesNotContain(collection).doesNotContain(note)
                    .doesNotContain("secret").doesNotContain("2:255");
        }
        assertThat(b.data(b.get("/auth/v1/goals")).isNull()).isTrue();
        assertThat(b.data(b.get("/auth/v1/streaks")).get("longestStreak").asInt()).isZero();
        // A's data is untouched
        assertThat(a.data(a.get("/auth/v1/notes/" + note)).get("body").asString()).isEqualTo("secret of A");
        assertThat(a.data(a.get("/auth/v1/collections/" + collection + "/bookmarks")).size()).isEqualTo(1);
        assertThat(a.data(a.get("/auth/v1/collections/" + collection)).get("name").asString()).isEqualTo("Private");
    }
}
