package org.itqan.quran.userdata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itqan.quran.support.Accounts;
import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
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
}
