package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text with an unpaired UTF-16 surrogate (JSON {@code "\ud800"}) is refused where it enters, as a 400 naming the
 * member: stored, it could not be written back as UTF-8, and every later sync pull or export of the account would
 * fail halfway through its answer. The bodies below are ASCII: the surrogates are JSON escapes.
 */
@IntegrationTest
class UnicodeTextIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CollectionManagement collections;
    @Autowired
    NoteManagement notes;
    @Autowired
    KhatmPlans khatmPlans;
    @Autowired
    PreferenceManagement preferences;
    Users.User user;

    @BeforeEach
    void setUp() {
        user = new Users(port).register();
    }

    @Test
    void refusesAnUnpairedSurrogateInAnyMemberAndNamesIt() {
        var collection = user.data(user.send("POST", "/auth/v1/collections", "{\"name\":\"Duas\"}"));
        var note = user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"a\",\"ranges\":[\"1:1-1:1\"]}"));
        String[][] cases = {
            {"POST", "/auth/v1/collections", "{\"name\":\"\\ud800\"}", "name"},
            {"PATCH", "/auth/v1/collections/" + collection.get("id").asString(), "{\"name\":\"x\\udc00\"}", "name"},
            {"POST", "/auth/v1/notes", "{\"body\":\"a\\ud83d\",\"ranges\":[\"1:1-1:1\"]}", "body"},
            {"PATCH", "/auth/v1/notes/" + note.get("id").asString(), "{\"body\":\"\\ude00a\"}", "body"},
            {"POST", "/auth/v1/notes", "{\"body\":\"a\",\"ranges\":[\"1:1-1:1\",\"\\ud800\"]}", "ranges[1]"},
            {"POST", "/auth/v1/bookmarks", "{\"type\":\"\\ud800\",\"key\":1}", "type"},
            {"POST", "/auth/v1/preferences", "{\"group\":\"theme\",\"key\":\"k\",\"value\":\"\\ud800\"}", "value"},
            {"POST", "/auth/v1/preferences", "{\"group\":\"theme\",\"key\":\"k\",\"value\":{\"a\":[1,\"\\udfff\"]}}",
                "value.a[1]"},
            {"POST", "/auth/v1/khatm-plans", "{\"name\":\"\\ud800\",\"division\":\"juz\"}", "name"},
            {"POST", "/auth/v1/khatm-plans/join", "{\"inviteToken\":\"\\ud800\"}", "inviteToken"},
            {"POST", "/auth/v1/sync?lastMutationAt=0", "{\"mutations\":[{\"type\":\"CREATE\",\"resource\":"
                + "\"COLLECTION\",\"data\":{\"name\":\"\\ud800\"}}]}", "mutations[0].data.name"}};
        for (var c : cases) {
            var response = user.send(c[0], c[1], c[2]);
            var what = c[0] + " " + c[1] + " " + c[2] + " -> " + response.body();
            assertThat(response.status()).as(what).isEqualTo(400);
            var error = response.json().get("error");
            assertThat(error.get("type").asString()).as(what).isEqualTo("invalid_request");
            assertThat(error.get("field").asString()).as(what).isEqualTo(c[3]);
            assertThat(error.get("message").asString()).as(what)
                    .isEqualTo(c[3] + " is not Unicode text: it has an unpaired surrogate");
        }
        // nothing was stored: the account's data still reads back as UTF-8 JSON
        for (var path : new String[] {"/auth/v1/sync", "/auth/v1/export", "/auth/v1/preferences"}) {
            var response = user.get(path);
            assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(200);
            assertThat(response.json().get("success").asBoolean()).as(path).isTrue();
        }
        assertThat(user.data(user.get("/auth/v1/sync")).get("mutations").size()).as("only the two writes above")
                .isEqualTo(2);
    }

    @Test
    void refusesAMemberNameWithAnUnpairedSurrogateWithoutEchoingIt() {
        for (var body : new String[] {"{\"\\ud800\":1}", "{\"theme\":{\"\\ud800\":1}}"}) {
            var response = user.send("POST", "/auth/v1/preferences/bulk", body);
            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            var error = response.json().get("error");
            assertThat(error.get("message").asString()).as(body).contains("is not Unicode text")
                    .doesNotContain("\ud800");
        }
    }

    @Test
    void parametersCannotCarryAnUnpairedSurrogate() {
        // %ED%A0%80 would be U+D800 if UTF-8 allowed surrogates. It does not, so the request is refused before any
        // controller reads it (a path segment by the firewall, a query parameter as undecodable): parameters need no
        // check of their own. Headers are ISO-8859-1, and Idempotency-Key, the one that is stored, visible ASCII.
        for (var path : new String[] {"/auth/v1/notes/by-verse/%ED%A0%80",
            "/auth/v1/notes/by-range?from=%ED%A0%80&to=1:1", "/auth/v1/goals/estimate?type=%ED%A0%80&amount=1",
            "/auth/v1/sync?resources=%ED%A0%80", "/auth/v1/bookmarks?after=%ED%A0%80"}) {
            var response = user.get(path);
            assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(400);
        }
    }

    @Test
    void acceptsSurrogatePairs() {
        // an emoji is a pair of surrogates: well formed, and read back as it was written
        var created = user.data(user.send("POST", "/auth/v1/collections", "{\"name\":\"Duas \\ud83d\\ude00\"}"));
        assertThat(created.get("name").asString()).isEqualTo("Duas \uD83D\uDE00");
        assertThat(user.get("/auth/v1/sync").status()).isEqualTo(200);
    }

    @Test
    void theServicesRefuseAnUnpairedSurrogateForEveryCallerToo() {
        // GraphQL calls these services directly, without the REST body reader
        var account = UUID.randomUUID();
        List<Map.Entry<String, Runnable>> calls = List.of(
                Map.entry("name", () -> collections.create(account, "\ud800")),
                Map.entry("body", () -> notes.create(account, "\udc00",
                        List.of(VerseRange.parse("ranges", "1:1-1:1")))),
                Map.entry("name", () -> khatmPlans.create(account, "x\ud800", "juz", null)),
                Map.entry("k", () -> preferences.write(account, Map.of("theme", Map.of("k", "\"\ud800\"")))));
        for (var call : calls) {
            var e = catchThrowableOfType(UserDataException.class, call.getValue()::run);
            assertThat(e).as(call.getKey()).isNotNull();
            assertThat(e.status()).as(call.getKey()).isEqualTo(400);
            assertThat(e.details()).as(call.getKey()).containsEntry("field", call.getKey());
        }
    }
}
