package org.itqan.quran.userdata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.itqan.quran.support.Accounts;
import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UserDataGraphQlIntegrationTests {

    private static final String ADD = """
            mutation($key: Int!, $verse: Int) { addBookmark(input: {type: AYAH, key: $key, verseNumber: $verse}) {
              id type key verseNumber verse { verseKey textUthmani } } }""";

    @LocalServerPort
    int port;

    Accounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(port);
    }

    @Test
    void addsListsAndRemovesBookmarksVisibleOverRestToo() {
        var token = accounts.register();
        var graphQl = new GraphQl(port, token);
        var added = graphQl.data(ADD, Map.of("key", 2, "verse", 255)).get("addBookmark");
        assertThat(added.get("verse").get("verseKey").asString()).isEqualTo("2:255");
        var id = added.get("id").asString();
        var rest = new Http(port).get("/auth/v1/bookmarks/" + id, "Authorization", "Bearer " + token);
        assertThat(rest.status()).isEqualTo(200);
        graphQl.data(ADD, Map.of("key", 1, "verse", 1));

        var first = graphQl.data("{ bookmarks(first: 1) { items { key } hasNextPage endCursor } }").get("bookmarks");
        assertThat(first.get("items").get(0).get("key").asInt()).isEqualTo(2);
        assertThat(first.get("hasNextPage").asBoolean()).isTrue();
        var next = graphQl.data("query($after: String) { bookmarks(first: 5, after: $after) { items { key } "
                + "hasNextPage } }", Map.of("after", first.get("endCursor").asString())).get("bookmarks");
        assertThat(next.get("items").get(0).get("key").asInt()).isEqualTo(1);
        assertThat(next.get("hasNextPage").asBoolean()).isFalse();

        assertThat(graphQl.data("mutation($id: ID!) { removeBookmark(id: $id) }", Map.of("id", id))
                .get("removeBookmark").asBoolean()).isTrue();
        var again = graphQl.error("mutation($id: ID!) { removeBookmark(id: $id) }", Map.of("id", id));
        assertThat(again.get("extensions").get("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(again.get("extensions").get("type").asString()).isEqualTo("not_found");
    }

    @Test
    void keepsNotesCollectionsReadingAndGoals() {
        var graphQl = new GraphQl(port, accounts.register());
        var note = graphQl.data("mutation { createNote(body: \"Ayat al-Kursi\", ranges: [\"2:255-2:257\"]) "
                + "{ id version ranges } }").get("createNote");
        assertThat(note.get("ranges").get(0).asString()).isEqualTo("2:255-2:257");
        var stale = graphQl.error("mutation($id: ID!) { updateNote(id: $id, body: \"x\", expectedVersion: 99) "
                + "{ version } }", Map.of("id", note.get("id").asString()));
        assertThat(stale.get("extensions").get("status").asInt()).isEqualTo(412);
        assertThat(stale.get("extensions").get("current").get("body").asString()).isEqualTo("Ayat al-Kursi");

        var collection = graphQl.data("mutation { createCollection(name: \"Duas\") { id name } }")
                .get("createCollection");
        var bookmark = graphQl.data(ADD, Map.of("key", 1, "verse", 5)).get("addBookmark");
        graphQl.data("mutation($c: ID!, $b: ID!) { addToCollection(collectionId: $c, bookmarkId: $b) }",
                Map.of("c", collection.get("id").asString(), "b", bookmark.get("id").asString()));
        var collections = graphQl.data("{ collections { items { name bookmarks { items { key verseNumber } } } } }")
                .get("collections").get("items");
        assertThat(collections.toString()).contains("Favorites", "Duas", "\"verseNumber\":5");

        graphQl.data("mutation { recordReading(verseKey: \"18:10\") { verseKey } }");
        assertThat(graphQl.data("{ readingSessions { items { verseKey } } }").get("readingSessions").get("items")
                .get(0).get("verseKey").asString()).isEqualTo("18:10");
        graphQl.data("mutation { setGoal(type: QURAN_PAGES, amount: \"2\") { id } }");
        assertThat(graphQl.data("{ goal { type amount } streak { currentStreak } }").get("goal").get("type")
                .asString()).isEqualTo("QURAN_PAGES");
    }

    @Test
    void runsGroupKhatmPlansForMembersOnly() {
        var owner = new GraphQl(port, accounts.register());
        var member = new GraphQl(port, accounts.register());
        var outsider = new GraphQl(port, accounts.register());
        var plan = owner.data("mutation { createKhatmPlan(name: \"Ramadan\", division: \"juz\") "
                + "{ id inviteToken isOwner parts } }").get("createKhatmPlan");
        assertThat(plan.get("isOwner").asBoolean()).isTrue();
        member.data("mutation($t: String!) { joinKhatmPlan(inviteToken: $t) { id } }",
                Map.of("t", plan.get("inviteToken").asString()));
        var id = Map.of("id", plan.get("id").asString());
        member.data("mutation($id: ID!) { claimKhatmPart(planId: $id, part: 30) { part } }", id);
        member.data("mutation($id: ID!) { completeKhatmPart(planId: $id, part: 30) { isCompleted } }", id);
        var progress = owner.data("query($id: ID!) { khatmPlan(id: $id) { progress { completedParts percent } } }",
                id).get("khatmPlan").get("progress");
        assertThat(progress.get("completedParts").asInt()).isEqualTo(1);
        var refused = outsider.error("query($id: ID!) { khatmPlan(id: $id) { name } }", id);
        assertThat(refused.get("extensions").get("classification").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void requiresAUserTokenWithTheFieldsScope() {
        var anonymous = new GraphQl(port).error("{ bookmarks { items { id } } }");
        assertThat(anonymous.get("extensions").get("classification").asString()).isEqualTo("UNAUTHORIZED");
        var reader = new GraphQl(port, accounts.register("openid bookmark.read"));
        assertThat(reader.data("{ bookmarks { items { id } } }").get("bookmarks").get("items").size()).isZero();
        var refused = reader.error(ADD, Map.of("key", 1, "verse", 1));
        assertThat(refused.get("extensions").get("classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(refused.get("message").asString()).contains("bookmark.create");
        var client = new OAuth(port).clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read")
                .accessToken();
        var clientOnly = new GraphQl(port, client).error("{ bookmarks { items { id } } }");
        assertThat(clientOnly.get("extensions").get("classification").asString()).isEqualTo("FORBIDDEN");
        // content stays readable in the same operation
        assertThat(new GraphQl(port, client).data("{ chapter(number: 112) { versesCount } }").get("chapter")
                .get("versesCount").asInt()).isEqualTo(4);
    }

    @Test
    void refusesAnInvalidTokenLikeTheRestOfTheApi() {
        var response = new GraphQl(port, "not-a-token").post("{\"query\":\"{ contentVersion }\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void rejectsANonUuidIdAsABadRequestNamingTheArgument(CapturedOutput output) {
        var graphQl = new GraphQl(port, accounts.register());
        var some = UUID.randomUUID();
        String[][] cases = {
            {"{ khatmPlan(id: \"x\") { id } }", "id"},
            {"mutation { removeBookmark(id: \"x\") }", "id"},
            {"mutation { addToCollection(collectionId: \"x\", bookmarkId: \"" + some + "\") }", "collectionId"},
            {"mutation { addToCollection(collectionId: \"" + some + "\", bookmarkId: \"x\") }", "bookmarkId"},
            {"mutation { claimKhatmPart(planId: \"x\", part: 1) { part } }", "planId"},
            {"mutation { completeKhatmPart(planId: \"x\", part: 1) { part } }", "planId"},
            {"mutation { deleteCollection(id: \"x\") }", "id"},
            {"mutation { deleteNote(id: \"x\") }", "id"},
            {"mutation { renameCollection(id: \"x\", name: \"Duas\") { id } }", "id"},
            {"mutation { updateNote(id: \"x\", body: \"y\") { id } }", "id"}};
        for (var c : cases) {
            var error = graphQl.error(c[0]);
            assertThat(error.get("extensions").get("classification").asString()).as(c[0]).isEqualTo("BAD_REQUEST");
            assertThat(error.get("extensions").get("status").asInt()).as(c[0]).isEqualTo(400);
            assertThat(error.get("extensions").get("parameter").asString()).as(c[0]).isEqualTo(c[1]);
            assertThat(error.get("extensions").get("expected").asString()).as(c[0]).isEqualTo("a UUID");
            assertThat(error.get("message").asString()).as(c[0])
                    .isEqualTo("Parameter '" + c[1] + "' is invalid: got 'x', expected a UUID");
        }
        // from a variable too, where an ID may even be a JSON number
        var fromVariable = graphQl.error("query($id: ID!) { khatmPlan(id: $id) { id } }", Map.of("id", 42));
        assertThat(fromVariable.get("message").asString()).isEqualTo("Parameter 'id' is invalid: got '42', "
                + "expected a UUID");
        assertThat(output).doesNotContain("Unresolved BindException");
    }

    @Test
    void echoesALongNonUuidCutShortWithoutSplittingACharacter() {
        var graphQl = new GraphQl(port, accounts.register());
        // 38 ASCII letters, then book emojis (surrogate pairs): a cut at 39 characters would halve the first one
        var id = "a".repeat(38) + "\uD83D\uDCD6".repeat(10);
        var error = graphQl.error("query($id: ID!) { khatmPlan(id: $id) { id } }", Map.of("id", id));
        assertThat(error.get("extensions").get("value").asString()).isEqualTo("a".repeat(38) + "\u2026");
    }

    @Test
    void readsAnExplicitNullAsTheArgumentsDefault() {
        var graphQl = new GraphQl(port, accounts.register());
        for (int verse = 1; verse <= Pages.DEFAULT_FIRST + 1; verse++) {
            graphQl.data(ADD, Map.of("key", 2, "verse", verse));
        }
        var bookmarks = graphQl.data("{ bookmarks(first: null) { items { key } hasNextPage } }").get("bookmarks");
        assertThat(bookmarks.get("items").size()).isEqualTo(20);
        assertThat(bookmarks.get("hasNextPage").asBoolean()).isTrue();
        graphQl.data("mutation { createNote(body: \"Ayat al-Kursi\", ranges: [\"2:255-2:257\"]) { id } }");
        graphQl.data("mutation { recordReading(verseKey: \"18:10\") { verseKey } }");
        var data = graphQl.data("""
                { collections(first: null) { items { name bookmarks(first: null) { items { key } } } }
                  notes(first: null) { items { body } }
                  readingSessions(first: null) { items { verseKey } }
                  streak(timeZone: null) { today }
                  utc: streak { today } }""");
        assertThat(data.get("collections").get("items").get(0).get("name").asString()).isEqualTo("Favorites");
        assertThat(data.get("notes").get("items").get(0).get("body").asString()).isEqualTo("Ayat al-Kursi");
        assertThat(data.get("readingSessions").get("items").get(0).get("verseKey").asString()).isEqualTo("18:10");
        assertThat(data.get("streak").get("today").asString()).isEqualTo(data.get("utc").get("today").asString());
        var added = graphQl.data("mutation { addBookmark(input: {type: SURAH, key: 18, mushaf: null, "
                + "isReading: null}) { mushaf isReading } }").get("addBookmark");
        assertThat(added.get("mushaf").asInt()).isEqualTo(1);
        assertThat(added.get("isReading").asBoolean()).isFalse();
    }

    @Test
    void answersRenamingACollectionToATakenNameAsTheConflictRestAnswers(CapturedOutput output) {
        var token = accounts.register();
        var graphQl = new GraphQl(port, token);
        graphQl.data("mutation { createCollection(name: \"Duas\") { id } }");
        var other = graphQl.data("mutation { createCollection(name: \"Tafsir\") { id } }").get("createCollection")
                .get("id").asString();
        var rename = "mutation($id: ID!) { renameCollection(id: $id, name: \"Duas\") { name } }";

        var error = graphQl.error(rename, Map.of("id", other));
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("extensions").get("type").asString()).isEqualTo("conflict");
        assertThat(error.get("extensions").get("status").asInt()).isEqualTo(409);
        var rest = new Http(port).send("PATCH", "/auth/v1/collections/" + other, "{\"name\":\"Duas\"}",
                "Content-Type", "application/json", "Authorization", "Bearer " + token);
        assertThat(rest.status()).isEqualTo(409);
        assertThat(error.get("message").asString()).isEqualTo(rest.json().get("error").get("message").asString());
        assertThat(output).doesNotContain("Unresolved DuplicateKeyException");
    }

    @Test
    void answersARejectedKhatmDeadlineAsABadRequestNamingIt() {
        var graphQl = new GraphQl(port, accounts.register());
        var create = "mutation($deadline: String) { createKhatmPlan(name: \"Ramadan\", division: \"juz\", "
                + "deadline: $deadline) { id } }";
        for (var deadline : new String[] {"next Friday", "2000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z"}) {
            var error = graphQl.error(create, Map.of("deadline", deadline));
            assertThat(error.get("extensions").get("classification").asString()).as(deadline).isEqualTo("BAD_REQUEST");
            assertThat(error.get("extensions").get("status").asInt()).as(deadline).isEqualTo(400);
            assertThat(error.get("extensions").get("field").asString()).as(deadline).isEqualTo("deadline");
        }
    }
}
