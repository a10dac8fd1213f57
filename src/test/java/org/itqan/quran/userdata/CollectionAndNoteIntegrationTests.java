package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CollectionAndNoteIntegrationTests {

    @LocalServerPort
    int port;
    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(port);
    }

    @Test
    void listsTheDefaultFavoritesAndManagesCollections() {
        var user = users.register();
        var list = user.data(user.get("/auth/v1/collections"));
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Favorites");
        assertThat(list.get(0).get("isDefault").asBoolean()).isTrue();
        var duas = user.data(user.send("POST", "/auth/v1/collections", "{\"name\":\"Duas\"}"));
        var duplicate = user.send("POST", "/auth/v1/collections", "{\"name\":\"Duas\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("current").get("id")).isEqualTo(duas.get("id"));
        var id = duas.get("id").asString();
        var added = user.send("POST", "/auth/v1/collections/" + id + "/bookmarks",
                "{\"type\":\"ayah\",\"key\":2,\"verseNumber\":201}");
        assertThat(added.status()).isEqualTo(201);
        var bookmarkId = added.json().get("data").get("id").asString();
        assertThat(user.send("POST", "/auth/v1/collections/" + id + "/bookmarks", "{\"bookmarkId\":\"" + bookmarkId
                + "\"}").status()).isEqualTo(200);
        var inside = user.data(user.get("/auth/v1/collections/" + id + "/bookmarks"));
        assertThat(inside.size()).isEqualTo(1);
        assertThat(inside.get(0).get("verseNumber").asInt()).isEqualTo(201);
        var get = user.get("/auth/v1/collections/" + id);
        assertThat(get.header("ETag")).isEqualTo("\"1\"");
        var renamed = user.send("PATCH", "/auth/v1/collections/" + id, "{\"name\":\"Supplications\"}", "If-Match", "\"1\"");
        assertThat(renamed.json().get("data").get("version").asInt()).isEqualTo(2);
        var stale = user.send("PATCH", "/auth/v1/collections/" + id, "{\"name\":\"Old\"}", "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("current").get("name").asString()).isEqualTo("Supplications");
        assertThat(user.send("DELETE", "/auth/v1/collections/" + id + "/bookmarks/" + bookmarkId, "").status())
                .isEqualTo(200);
        assertThat(user.send("DELETE", "/auth/v1/collections/" + list.get(0).get("id").asString(), "").status())
                .isEqualTo(409);
        assertThat(user.send("DELETE", "/auth/v1/collections/" + id, "", "If-Match", "\"2\"").status()).isEqualTo(200);
        assertThat(user.get("/auth/v1/collections/" + id).status()).isEqualTo(404);
        for (var body : new String[] {"{}", "{\"name\":\"\"}", "{\"name\":\"" + "x".repeat(101) + "\"}",
            "{\"name\":1}", "{\"name\":\"a\",\"isDefault\":true}"}) {
            assertThat(user.send("POST", "/auth/v1/collections", body).status()).as(body).isEqualTo(400);
        }
    }

    @Test
    void notesByVerseByRangeAndCounts() {
        var user = users.register();
        var kursi = user.data(user.send("POST", "/auth/v1/notes",
                "{\"body\":\"The throne verse\",\"ranges\":[\"2:255-2:255\"]}"));
        user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"End of Baqarah\",\"ranges\":[\"2:250-2:257\"]}"));
        user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"Fatiha\",\"ranges\":[\"1:1-1:7\"]}"));
        assertThat(user.data(user.get("/auth/v1/notes/by-verse/2:255")).size()).isEqualTo(2);
        assertThat(user.data(user.get("/auth/v1/notes/by-verse/1:1")).size()).isEqualTo(1);
        assertThat(user.data(user.get("/auth/v1/notes/by-range?from=2:256&to=2:286")).size()).isEqualTo(1);
        var counts = user.data(user.get("/auth/v1/notes/count-within-range?from=2:254&to=2:256"));
        assertThat(counts.get("2:254").asInt()).isEqualTo(1);
        assertThat(counts.get("2:255").asInt()).isEqualTo(2);
        var id = kursi.get("id").asString();
        var updated = user.send("PATCH", "/auth/v1/notes/" + id, "{\"body\":\"Ayat al-Kursi\"}", "If-Match", "\"1\"");
        assertThat(updated.json().get("data").get("body").asString()).isEqualTo("Ayat al-Kursi");
        assertThat(user.get("/auth/v1/notes/" + id).header("ETag")).isEqualTo("\"2\"");
        for (var body : new String[] {"{\"body\":\"x\"}", "{\"body\":\"x\",\"ranges\":[]}",
            "{\"body\":\"x\",\"ranges\":[\"2:300-2:301\"]}", "{\"body\":\"x\",\"ranges\":[\"2:5-2:1\"]}",
            "{\"body\":\"x\",\"ranges\":[\"2:5\"]}", "{\"body\":\"\",\"ranges\":[\"1:1-1:1\"]}",
            "{\"body\":\"" + "x".repeat(10_001) + "\",\"ranges\":[\"1:1-1:1\"]}",
            "{\"body\":\"x\",\"ranges\":[\"1:1-1:1\"],\"saveToQR\":true}", "{\"body\":\"x\",\"ranges\":\"1:1-1:1\"}"}) {
            var response = user.send("POST", "/auth/v1/notes", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("success").asBoolean()).isFalse();
        }
        for (var path : new String[] {"/auth/v1/notes/by-verse/2:300", "/auth/v1/notes/by-verse/abc",
            "/auth/v1/notes/by-range?from=2:5&to=2:1", "/auth/v1/notes/count-within-range?from=1:1",
            "/auth/v1/notes/count-within-range?from=0:1&to=1:1"}) {
            assertThat(user.get(path).status()).as(path).isEqualTo(400);
        }
        assertThat(user.send("PATCH", "/auth/v1/notes/" + id, "{\"body\":\"y\"}", "If-Match", "abc").status())
                .isEqualTo(400);
    }
}
