package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReadingGoalPreferenceIntegrationTests {

    static final String ZONE = "Asia/Riyadh";
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Users users;

    @BeforeEach
    void setUp() {
        users = new Users(port);
    }

    @Test
    void readingSessionsAdvanceAndANewOneStartsAfterTwentyIdleMinutes() {
        var user = users.register();
        var first = user.data(user.send("POST", "/auth/v1/reading-sessions", "{\"chapterNumber\":2,\"verseNumber\":1}"));
        var same = user.data(user.send("POST", "/auth/v1/reading-sessions", "{\"chapterNumber\":2,\"verseNumber\":5}"));
        assertThat(same.get("id")).isEqualTo(first.get("id"));
        assertThat(user.data(user.get("/auth/v1/reading-sessions/latest")).get("verseKey").asString()).isEqualTo("2:5");
        // the session went idle 21 minutes ago
        jdbc.sql("UPDATE ud_reading_sessions SET updated_at = updated_at - INTERVAL '21' MINUTE WHERE id = ?")
                .param(java.util.UUID.fromString(first.get("id").asString())).update();
        var next = user.data(user.send("POST", "/auth/v1/reading-sessions", "{\"chapterNumber\":2,\"verseNumber\":6}"));
        assertThat(next.get("id")).isNotEqualTo(first.get("id"));
        assertThat(user.data(user.get("/auth/v1/reading-sessions")).size()).isEqualTo(2);
        for (var body : new String[] {"{\"chapterNumber\":2,\"verseNumber\":287}", "{\"chapterNumber\":115,"
                + "\"verseNumber\":1}", "{\"chapterNumber\":1}", "{\"chapterNumber\":1,\"verseNumber\":1,\"x\":1}"}) {
            assertThat(user.send("POST", "/auth/v1/reading-sessions", body).status()).as(body).isEqualTo(400);
        }
    }

    @Test
    void activityDaysStreaksGoalsAndEstimates() {
        var user = users.register();
        var today = LocalDate.now(ZoneId.of(ZONE));
        user.data(user.send("POST", "/auth/v1/activity-days", "{\"seconds\":300,\"ranges\":[\"1:1-1:7\"],\"date\":\""
                + today.minusDays(1) + "\"}", "x-timezone", ZONE));
        var day = user.data(user.send("POST", "/auth/v1/activity-days", "{\"seconds\":600,\"ranges\":[\"2:1-2:10\","
                + "\"2:5-2:20\"]}", "x-timezone", ZONE));
        assertThat(day.get("versesRead").asInt()).isEqualTo(20);
        assertThat(day.get("ranges").get(0).asString()).isEqualTo("2:1-2:20");
        var days = user.data(user.get("/auth/v1/activity-days?from=" + today.minusDays(7) + "&to=" + today));
        assertThat(days.size()).isEqualTo(2);
        var streak = user.data(user.get("/auth/v1/streaks", "x-timezone", ZONE));
        assertThat(streak.get("currentStreak").asInt()).isEqualTo(2);
        var estimate = user.data(user.get("/auth/v1/activity-days/estimate-reading-time?ranges=3:1-3:10"));
        assertThat(estimate.get("seconds").asLong()).isEqualTo(Math.round(10 * 900.0 / 27));
        user.data(user.send("POST", "/auth/v1/goals", "{\"type\":\"QURAN_TIME\",\"amount\":600}"));
        var plan = user.data(user.get("/auth/v1/goals/today", "x-timezone", ZONE));
        assertThat(plan.get("isCompleted").asBoolean()).isTrue();
        user.data(user.send("POST", "/auth/v1/goals", "{\"type\":\"QURAN_RANGE\",\"amount\":\"2:1-2:286\","
                + "\"duration\":10}"));
        assertThat(user.data(user.get("/auth/v1/goals/today", "x-timezone", ZONE)).get("dailyTarget").asInt())
                .isEqualTo(29);
        assertThat(user.data(user.get("/auth/v1/goals/estimate?type=QURAN_PAGES&amount=2"))
                .get("estimatedSecondsPerDay").asLong()).isPositive();
        for (var body : new String[] {"{\"type\":\"QURAN_WORDS\",\"amount\":1}", "{\"type\":\"QURAN_TIME\"}",
            "{\"type\":\"QURAN_PAGES\",\"amount\":605}", "{\"type\":\"QURAN_RANGE\",\"amount\":\"2:1-2:300\","
                    + "\"duration\":3}", "{\"type\":\"QURAN_RANGE\",\"amount\":\"2:1-2:3\"}"}) {
            assertThat(user.send("POST", "/auth/v1/goals", body).status()).as(body).isEqualTo(400);
        }
        assertThat(user.get("/auth/v1/streaks", "x-timezone", "Mars/Olympus").status()).isEqualTo(400);
        assertThat(user.send("POST", "/auth/v1/activity-days", "{\"seconds\":1,\"ranges\":[\"1:1-1:1\"],\"date\":\""
                + today.plusDays(2) + "\"}").status()).isEqualTo(400);
        assertThat(user.send("POST", "/auth/v1/activity-days", "{\"seconds\":-1,\"ranges\":[\"1:1-1:1\"]}").status())
                .isEqualTo(400);
        assertThat(user.get("/auth/v1/activity-days?from=2020-01-01&to=2024-01-01").status()).isEqualTo(400);
    }

    @Test
    void preferencesByGroupWithABulkWrite() {
        var user = users.register();
        user.data(user.send("POST", "/auth/v1/preferences", "{\"group\":\"theme\",\"key\":\"type\",\"value\":\"dark\"}"));
        var all = user.data(user.send("POST", "/auth/v1/preferences/bulk", "{\"translations\":{\"selectedTranslations\""
                + ":[131,20]},\"reading\":{\"isReadingByRevelationOrder\":false}}"));
        assertThat(all.get("theme").get("type").asString()).isEqualTo("dark");
        assertThat(all.get("translations").get("selectedTranslations").get(1).asInt()).isEqualTo(20);
        assertThat(user.data(user.get("/auth/v1/preferences")).get("reading").get("isReadingByRevelationOrder")
                .asBoolean()).isFalse();
        for (var body : new String[] {"{\"group\":\"nope\",\"key\":\"a\",\"value\":1}", "{\"group\":\"theme\","
                + "\"key\":\"1bad\",\"value\":1}", "{\"group\":\"theme\",\"key\":\"a\"}", "{\"group\":\"theme\","
                + "\"key\":\"a\",\"value\":\"" + "x".repeat(2100) + "\"}"}) {
            assertThat(user.send("POST", "/auth/v1/preferences", body).status()).as(body).isEqualTo(400);
        }
        assertThat(user.send("POST", "/auth/v1/preferences/bulk", "{\"other\":{}}").status()).isEqualTo(400);
    }
}
