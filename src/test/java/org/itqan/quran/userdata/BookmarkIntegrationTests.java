package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class BookmarkIntegrationTests {

    @LocalServerPort
    int port;
    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(port);
    }

    @Test
    void addsListsAndDeletesBookmarksOfEveryType() {
        var user = users.register();
        var ayah = user.send("POST", "/auth/v1/bookmarks", "{\"type\":\"ayah\",\"key\":2,\"verseNumber\":255,\"mushaf\":1}");
        assertThat(ayah.status()).isEqualTo(201);
        assertThat(ayah.json().get("success").asBoolean()).isTrue();
        assertThat(ayah.json().get("data").get("verseNumber").asInt()).isEqualTo(255);
        var again = user.send("POST", "/auth/v1/bookmarks", "{\"type\":\"ayah\",\"key\":2,\"verseNumber\":255,\"mushaf\":1}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("data").get("id")).isEqualTo(ayah.json().get("data").get("id"));
        for (var body : new String[] {"{\"type\":\"surah\",\"key\":18}", "{\"type\":\"juz\",\"key\":30}",
            "{\"type\":\"page\",\"key\":604}"}) {
            assertThat(user.send("POST", "/auth/v1/bookmarks", body).status()).as(body).isEqualTo(201);
        }
        var list = user.get("/auth/v1/bookmarks?first=2");
        assertThat(list.json().get("data").size()).isEqualTo(2);
        var pagination = list.json().get("pagination");
        assertThat(pagination.get("hasNextPage").asBoolean()).isTrue();
        var next = user.get("/auth/v1/bookmarks?first=2&after=" + pagination.get("endCursor").asString());
        assertThat(next.json().get("data").size()).isEqualTo(2);
        assertThat(next.json().get("pagination").get("hasNextPage").asBoolean()).isFalse();
        var back = user.get("/auth/v1/bookmarks?last=2&before=" + next.json().get("pagination").get("startCursor")
                .asString());
        assertThat(back.json().get("data")).isEqualTo(list.json().get("data"));
        assertThat(user.get("/auth/v1/bookmarks?type=juz").json().get("data").size()).isEqualTo(1);
        var id = ayah.json().get("data").get("id").asString();
        assertThat(user.send("DELETE", "/auth/v1/bookmarks/" + id, "").status()).isEqualTo(200);
        assertThat(user.get("/auth/v1/bookmarks/" + id).status()).isEqualTo(404);
    }

    @Test
    void keepsOneReadingBookmarkPerMushaf() {
        var user = users.register();
        var first = user.data(user.send("POST", "/auth/v1/bookmarks",
                "{\"type\":\"ayah\",\"key\":1,\"verseNumber\":3,\"isReading\":true}"));
        var second = user.data(user.send("POST", "/auth/v1/bookmarks",
                "{\"type\":\"ayah\",\"key\":1,\"verseNumber\":5,\"isReading\":true}"));
        assertThat(user.get("/auth/v1/bookmarks/" + first.get("id").asString()).status()).isEqualTo(404);
        assertThat(user.data(user.get("/auth/v1/bookmarks/" + second.get("id").asString())).get("isReading")
                .asBoolean()).isTrue();
    }

    @Test
    void rejectsBadInputInTheUserApiEnvelope() {
        var user = users.register();
        for (var body : new String[] {"{}", "not json", "[]", "{\"type\":\"ayah\",\"key\":2}",
            "{\"type\":\"ayah\",\"key\":2,\"verseNumber\":287}", "{\"type\":\"ayah\",\"key\":115,\"verseNumber\":1}",
            "{\"type\":\"juz\",\"key\":31}", "{\"type\":\"page\",\"key\":605}", "{\"type\":\"verse\",\"key\":1}",
            "{\"type\":\"surah\",\"key\":1,\"verseNumber\":1}", "{\"type\":\"surah\",\"key\":\"1\"}",
            "{\"type\":\"surah\",\"key\":1,\"isReading\":\"yes\"}", "{\"type\":\"surah\",\"key\":1,\"mushaf\":0}",
            "{\"type\":\"surah\",\"key\":1,\"id\":\"x\"}", "{\"type\":\"surah\",\"key\":1,\"key\":2}",
            "{\"type\":\"surah\",\"key\":1.5}"}) {
            var response = user.send("POST", "/auth/v1/bookmarks", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("success").asBoolean()).isFalse();
            assertThat(response.json().get("error").get("type").asString()).as(body).isEqualTo("invalid_request");
        }
        for (var query : new String[] {"after=abc", "after=YWJj.ZGVm", "first=0", "first=101", "first=1&last=1",
            "type=verse", "mushafId=x"}) {
            var response = user.get("/auth/v1/bookmarks?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("error").get("type").asString()).isEqualTo("invalid_request");
        }
        assertThat(user.get("/auth/v1/bookmarks/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void rejectsACursorTamperedWithOrBorrowedFromAnotherUser() {
        var a = users.register();
        var b = users.register();
        a.send("POST", "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":1}");
        a.send("POST", "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":2}");
        var cursor = a.get("/auth/v1/bookmarks?first=1").json().get("pagination").get("endCursor").asString();
        var payload = cursor.substring(0, cursor.indexOf('.'));
        var forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("bookmarks:0".getBytes()) + cursor.substring(cursor.indexOf('.'));
        assertThat(a.get("/auth/v1/bookmarks?after=" + forged).status()).isEqualTo(400);
        assertThat(a.get("/auth/v1/bookmarks?after=" + payload + ".AAAA").status()).isEqualTo(400);
        assertThat(b.get("/auth/v1/bookmarks?after=" + cursor).status()).isEqualTo(400);
        assertThat(a.get("/auth/v1/notes?after=" + cursor).status()).isEqualTo(400);
        assertThat(a.get("/auth/v1/bookmarks?after=" + cursor).status()).isEqualTo(200);
    }

    @Test
    void enforcesScopes() {
        var reader = users.register("openid bookmark.read");
        var denied = reader.send("POST", "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":1}");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("error").get("type").asString()).isEqualTo("forbidden");
        assertThat(reader.get("/auth/v1/bookmarks").status()).isEqualTo(200);
        assertThat(reader.get("/auth/v1/notes").status()).isEqualTo(403);
        assertThat(users.http.get("/auth/v1/bookmarks").status()).isEqualTo(401);
    }
}
