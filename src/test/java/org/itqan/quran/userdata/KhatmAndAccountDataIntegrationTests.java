package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class KhatmAndAccountDataIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KhatmPlans khatmPlans;
    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(port);
    }

    @Test
    void membersJoinClaimCompleteAndRestartAPlan() {
        var owner = users.register();
        var member = users.register();
        var outsider = users.register();
        var plan = owner.data(owner.send("POST", "/auth/v1/khatm-plans", "{\"name\":\"Ramadan\",\"division\":\"juz\","
                + "\"deadline\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\"}"));
        assertThat(plan.get("parts").size()).isEqualTo(30);
        var id = plan.get("id").asString();
        var base = "/auth/v1/khatm-plans/" + id;
        // a non-member cannot tell the plan exists: every plan endpoint answers 404
        assertThat(outsider.get(base).status()).isEqualTo(404);
        assertThat(outsider.get(base + "/progress").status()).isEqualTo(404);
        for (var path : new String[] {"/parts/1/claim", "/parts/1/complete", "/restart"}) {
            assertThat(outsider.send("POST", base + path, "").status()).as(path).isEqualTo(404);
        }
        assertThat(outsider.send("POST", base + "/parts/1/assign", "{\"memberId\":\"" + UUID.randomUUID() + "\"}")
                .status()).isEqualTo(404);
        assertThat(outsider.data(outsider.get("/auth/v1/khatm-plans")).size()).isZero();
        var joined = member.data(member.send("POST", "/auth/v1/khatm-plans/join", "{\"inviteToken\":\""
                + plan.get("inviteToken").asString() + "\"}"));
        assertThat(joined.get("members").size()).isEqualTo(2);
        assertThat(member.send("POST", "/auth/v1/khatm-plans/join", "{\"inviteToken\":\"nope\"}").status())
                .isEqualTo(404);
        member.data(member.send("POST", base + "/parts/1/claim", ""));
        var taken = owner.send("POST", base + "/parts/1/claim", "");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("current").get("claimedBy").asString()).isNotBlank();
        assertThat(owner.send("POST", base + "/parts/2/complete", "").status()).isEqualTo(409);
        member.data(member.send("POST", base + "/parts/1/complete", ""));
        var memberId = joined.get("members").get(1).get("id").asString();
        owner.data(owner.send("POST", base + "/parts/3/assign", "{\"memberId\":\"" + memberId + "\"}"));
        assertThat(member.send("POST", base + "/parts/4/assign", "{\"memberId\":\"" + memberId + "\"}").status())
                .isEqualTo(403);
        var progress = owner.data(owner.get(base + "/progress"));
        assertThat(progress.get("completedParts").asInt()).isEqualTo(1);
        assertThat(progress.get("claimedParts").asInt()).isEqualTo(2);
        for (var path : new String[] {base + "/parts/0/claim", base + "/parts/31/claim"}) {
            assertThat(owner.send("POST", path, "").status()).as(path).isEqualTo(400);
        }
        for (var body : new String[] {"{\"name\":\"x\",\"division\":\"surah\"}", "{\"division\":\"juz\"}",
            "{\"name\":\"x\",\"division\":\"juz\",\"deadline\":\"2001-01-01T00:00:00Z\"}",
            "{\"name\":\"x\",\"division\":\"juz\",\"deadline\":\"tomorrow\"}"}) {
            assertThat(owner.send("POST", "/auth/v1/khatm-plans", body).status()).as(body).isEqualTo(400);
        }
        assertThat(member.send("POST", base + "/restart", "").status()).isEqualTo(403);
        var next = owner.data(owner.send("POST", base + "/restart", ""));
        assertThat(next.get("round").asInt()).isEqualTo(2);
        assertThat(owner.data(owner.get(base + "/progress")).get("claimedParts").asInt()).isZero();
    }

    @Test
    void rejectsADeadlineBeyondTheYear9999() {
        var owner = users.register();
        // the first was a 500 (no OffsetDateTime that late); the second was stored and broke every progress read
        for (var deadline : new String[] {"+1000000000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z", "9999-12-31T23:59:59.001Z"}) {
            var response = owner.send("POST", "/auth/v1/khatm-plans", "{\"name\":\"k\",\"division\":\"juz\","
                    + "\"deadline\":\"" + deadline + "\"}");
            assertThat(response.status()).as(deadline + " -> " + response.body()).isEqualTo(400);
            var error = response.json().get("error");
            assertThat(error.get("field").asString()).as(deadline).isEqualTo("deadline");
            assertThat(error.get("message").asString()).as(deadline).contains("9999-12-31T23:59:59Z");
        }
        assertThat(owner.data(owner.get("/auth/v1/khatm-plans")).size()).isZero();
        // the last second of 9999 is a deadline like any other
        var plan = owner.data(owner.send("POST", "/auth/v1/khatm-plans", "{\"name\":\"k\",\"division\":\"juz\","
                + "\"deadline\":\"9999-12-31T23:59:59Z\"}"));
        assertThat(plan.get("deadline").asString()).isEqualTo("9999-12-31T23:59:59Z");
        var progress = owner.data(owner.get("/auth/v1/khatm-plans/" + plan.get("id").asString() + "/progress"));
        assertThat(progress.get("expectedPercent").asDouble()).isZero();
    }

    @Test
    void theServiceRejectsAnOutOfRangeDeadlineForEveryCaller() {
        // GraphQL creates plans through the same service, without the REST controller
        var account = UUID.randomUUID();
        for (var deadline : new Instant[] {Instant.MAX, KhatmPlans.LATEST_DEADLINE.plusMillis(1),
            Instant.now().minusSeconds(1)}) {
            var e = catchThrowableOfType(UserDataException.class,
                    () -> khatmPlans.create(account, "k", "juz", deadline));
            assertThat(e).as(deadline.toString()).isNotNull();
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.details()).containsEntry("field", "deadline");
        }
    }

    @Test
    void concurrentClaimsOfOnePartHaveExactlyOneWinner() throws Exception {
        var owner = users.register();
        var plan = owner.data(owner.send("POST", "/auth/v1/khatm-plans", "{\"name\":\"Race\",\"division\":\"hizb\"}"));
        var members = new ArrayList<Users.User>();
        for (int i = 0; i < 4; i++) {
            var member = users.register();
            member.data(member.send("POST", "/auth/v1/khatm-plans/join", "{\"inviteToken\":\""
                    + plan.get("inviteToken").asString() + "\"}"));
            members.add(member);
        }
        var base = "/auth/v1/khatm-plans/" + plan.get("id").asString();
        for (int part = 1; part <= 3; part++) {
            var path = base + "/parts/" + part + "/claim";
            var claimers = new ArrayList<Users.User>(members);
            var responses = SyncAndIdempotencyIntegrationTests.run(claimers.size(), () -> {
                Users.User me;
                synchronized (claimers) {
                    me = claimers.removeFirst();
                }
                return me.send("POST", path, "");
            });
            assertThat(responses).extracting(Http.Response::status).containsOnly(200, 409);
            assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
        }
        assertThat(owner.data(owner.get(base + "/progress")).get("claimedParts").asInt()).isEqualTo(3);
    }

    @Test
    void exportsEverythingAndErasesItWhenTheAccountIsDeleted() {
        var user = users.register();
        var other = users.register();
        user.data(user.send("POST", "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":67}"));
        user.data(user.send("POST", "/auth/v1/notes", "{\"body\":\"mine\",\"ranges\":[\"67:1-67:30\"]}"));
        user.data(user.send("POST", "/auth/v1/preferences", "{\"group\":\"theme\",\"key\":\"type\",\"value\":\"sepia\"}"));
        var plan = other.data(other.send("POST", "/auth/v1/khatm-plans", "{\"name\":\"Family\",\"division\":\"juz\"}"));
        user.data(user.send("POST", "/auth/v1/khatm-plans/join", "{\"inviteToken\":\""
                + plan.get("inviteToken").asString() + "\"}"));
        var base = "/auth/v1/khatm-plans/" + plan.get("id").asString();
        user.data(user.send("POST", base + "/parts/5/claim", ""));
        var export = user.data(user.get("/auth/v1/export"));
        assertThat(export.get("bookmarks").size()).isEqualTo(1);
        assertThat(export.get("notes").get(0).get("body").asString()).isEqualTo("mine");
        assertThat(export.get("collections").size()).isZero();
        assertThat(export.get("preferences").get("theme").get("type").asString()).isEqualTo("\"sepia\"");
        assertThat(export.get("khatmPlans").size()).isEqualTo(1);
        var account = UUID.fromString(export.get("account").asString());
        assertThat(users.register("openid bookmark.read").get("/auth/v1/export").status()).isEqualTo(403);

        assertThat(user.send("DELETE", "/api/v4/me", "").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("ud_bookmarks", account) + count("ud_notes", account)
                + count("ud_preferences", account) + count("ud_mutations", account) == 0);
        assertThat(count("ud_khatm_members", account)).isZero();
        var progress = other.data(other.get(base + "/progress"));
        assertThat(progress.get("claimedParts").asInt()).isEqualTo(1);
        assertThat(progress.get("members").get(1).get("anonymised").asBoolean()).isTrue();
    }

    private long count(String table, UUID account) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account = ?").param(account).query(Long.class)
                .single();
    }
}
