package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;

import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every write endpoint fed bodies of the wrong shape answers a 4xx in the user-API envelope; read endpoints fed junk
 * parameters never answer 500. Random values come from a logged, fixed seed so a failure can be replayed.
 */
@IntegrationTest
class JunkInputIntegrationTests {

    static final long SEED = 20_261_126L;
    private static final String[] BODIES = {"", "null", "1", "\"x\"", "[]", "{}", "{\"a\":1}", "[{}]", "{\"type\":null}",
        "{\"name\":{\"deep\":[1,2,{\"x\":null}]}}", "{\"key\":1e400}", "{\"key\":99999999999999999999}",
        "{\"body\":[\"x\"],\"ranges\":\"1:1-1:1\"}", "{", "{\"mutations\":[null]}", "{\"mutations\":[{\"type\":\"CREATE\","
            + "\"resource\":\"NOTE\",\"data\":[]}]}", "{\"group\":\"theme\",\"key\":\"k\",\"value\":null}",
        "{\"seconds\":1,\"ranges\":[\"1:1-1:1\"],\"date\":\"2024-02-30\"}", "{\"memberId\":\"x\"}",
        "{\"inviteToken\":1}", "{\"chapterNumber\":\"1\",\"verseNumber\":1}"};

    @LocalServerPort
    int port;

    @Test
    void junkBodiesAndParametersAreFourHundredsInTheEnvelope() {
        var user = new Users(port).register();
        var id = UUID.randomUUID();
        String[][] writes = {{"POST", "/auth/v1/bookmarks"}, {"POST", "/auth/v1/collections"},
            {"PATCH", "/auth/v1/collections/" + id}, {"POST", "/auth/v1/collections/" + id + "/bookmarks"},
            {"POST", "/auth/v1/notes"}, {"PATCH", "/auth/v1/notes/" + id}, {"POST", "/auth/v1/sync?lastMutationAt=0"},
            {"POST", "/auth/v1/reading-sessions"}, {"POST", "/auth/v1/activity-days"}, {"POST", "/auth/v1/goals"},
            {"POST", "/auth/v1/preferences"}, {"POST", "/auth/v1/preferences/bulk"}, {"POST", "/auth/v1/khatm-plans"},
            {"POST", "/auth/v1/khatm-plans/join"}, {"POST", "/auth/v1/khatm-plans/" + id + "/parts/1/assign"}};
        for (var write : writes) {
            for (var body : BODIES) {
                check(user.send(write[0], write[1], body), write[0] + " " + write[1] + " " + body);
            }
        }
        var random = new Random(SEED);
        System.out.println("JunkInputIntegrationTests seed " + SEED);
        String[] reads = {"/auth/v1/bookmarks?first=%s", "/auth/v1/bookmarks?after=%s", "/auth/v1/bookmarks?type=%s",
            "/auth/v1/notes/by-verse/%s", "/auth/v1/notes/by-range?from=%s&to=1:1", "/auth/v1/sync?mutationsSince=%s",
            "/auth/v1/sync?limit=%s", "/auth/v1/activity-days?from=%s&to=2024-01-01",
            "/auth/v1/activity-days/estimate-reading-time?ranges=%s", "/auth/v1/goals/estimate?type=QURAN_TIME&amount=%s",
            "/auth/v1/collections/%s", "/auth/v1/khatm-plans/%s/progress", "/auth/v1/notes?last=%s&before=%s"};
        for (var read : reads) {
            for (int i = 0; i < 8; i++) {
                var junk = junk(random);
                var path = read.replace("%s", junk);
                var response = user.get(path);
                // random junk is sometimes valid (a number is a fine mutationsSince): only a 500 is wrong here
                assertThat(response.status()).as(path + " -> " + response.body()).isLessThan(500);
                if (response.status() >= 400) {
                    check(response, path);
                }
            }
        }
    }

    private static void check(org.itqan.quran.support.Http.Response response, String what) {
        assertThat(response.status()).as(what + " -> " + response.body()).isBetween(400, 499);
        if (response.status() != 404 || response.body().startsWith("{\"success\"")) {
            assertThat(response.json().get("success").asBoolean()).as(what).isFalse();
        }
    }

    /** URL-safe junk: signs, huge numbers, letters, colons, dashes, dots. */
    private static String junk(Random random) {
        var alphabet = "-0123456789:abcXYZ._~";
        var text = new StringBuilder();
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return random.nextInt(5) == 0 ? "99999999999999999999999" : text.toString();
    }
}
