package org.itqan.quran.realtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.itqan.quran.QuranApiApplication;
import org.itqan.quran.accounts.AccountManagement;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event publication registry as a transactional outbox, across a node's death and restart. Application
 * instances are started by hand (as {@code GlobalRateLimitIntegrationTests} does) on one database of their own that
 * outlives them: an H2 file database, or, with QURAN_TEST_DB=postgres, a fresh PostgreSQL database.
 * <ol>
 * <li>A listener fails on node 1; node 1 stops with the event undelivered; node 2 starts on the same database and
 * delivers it (republish on restart). Completed publications leave no row (completion mode delete).</li>
 * <li>On node 2, a listener that fails once is retried by the scheduled resubmission; one that never recovers is
 * moved to the dead-letter table after the configured attempts, so the registry table stays bounded.</li>
 * </ol>
 */
class OutboxRecoveryIntegrationTests {

    private static final String PASSWORD = "a long enough password";
    static ConfigurableApplicationContext node;
    static String postgresDatabase;

    @AfterAll
    static void stop() throws java.sql.SQLException {
        if (node != null) {
            node.close();
        }
        if (postgresDatabase != null) {
            try (var connection = java.sql.DriverManager.getConnection(System.getenv("DATABASE_URL"), "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
            }
        }
    }

    @Test
    void anEventWhoseListenerDiedIsDeliveredAfterRestartAndRetriedOnSchedule() {
        var database = database();
        // Node 1: scheduled resubmission off, so only the restart can deliver what fails here.
        node = start(database, "--quran.events.resubmission.enabled=false");
        var crashed = register();
        FlakyBookmarkListener.FAILURES.put(crashed.account, new AtomicInteger(Integer.MAX_VALUE));
        var lost = bookmark(crashed, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> failed(crashed.account) > 0);
        assertThat(FlakyBookmarkListener.HANDLED).doesNotContain(lost);
        node.close();

        // The consumer is fixed (deployed again); node 2 finds the publication and delivers it.
        FlakyBookmarkListener.FAILURES.remove(crashed.account);
        node = start(database, "--quran.events.resubmission.interval=PT0.5S",
                "--quran.events.resubmission.min-age=PT1S", "--quran.events.resubmission.max-attempts=2");
        await().atMost(Duration.ofSeconds(30)).until(() -> FlakyBookmarkListener.HANDLED.contains(lost));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(crashed.account) == 0);

        // A listener that fails once is retried by the schedule, without a restart.
        var flaky = register();
        FlakyBookmarkListener.FAILURES.put(flaky.account, new AtomicInteger(1));
        var retried = bookmark(flaky, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> FlakyBookmarkListener.HANDLED.contains(retried));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(flaky.account) == 0);

        // One that never recovers is retried max-attempts times, then dead-lettered out of the registry.
        var broken = register();
        FlakyBookmarkListener.FAILURES.put(broken.account, new AtomicInteger(Integer.MAX_VALUE));
        var hopeless = bookmark(broken, 3);
        await().atMost(Duration.ofSeconds(40)).until(() -> deadLetters(broken.account) == 1);
        assertThat(rows(broken.account)).isZero();
        assertThat(FlakyBookmarkListener.HANDLED).doesNotContain(hopeless);
        assertThat(jdbc().sql("SELECT completion_attempts FROM event_publication_dead_letter WHERE serialized_event "
                + "LIKE ?").param("%" + broken.account + "%").query(Integer.class).single()).isEqualTo(2);
    }

    record User(UUID account, String token) {
    }

    private static User register() {
        var http = new Http(port());
        var email = "outbox-" + UUID.randomUUID() + "@example.org";
        assertThat(http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\"}", "Content-Type", "application/json").status()).isEqualTo(201);
        var tokens = new OAuth(port()).authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD,
                "openid bookmark.create");
        assertThat(tokens.status()).as(tokens.body().toString()).isEqualTo(200);
        var account = node.getBean(AccountManagement.class).findByEmail(email).orElseThrow().id();
        return new User(account, tokens.accessToken());
    }

    private static UUID bookmark(User user, int chapter) {
        var created = new Http(port()).send("POST", "/auth/v1/bookmarks", "{\"type\":\"surah\",\"key\":" + chapter
                + "}", "Authorization", "Bearer " + user.token(), "Content-Type", "application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("data").get("id").asString());
    }

    private static long failed(UUID account) {
        return jdbc().sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND status = "
                + "'FAILED'").param("%" + account + "%").query(Long.class).single();
    }

    private static long rows(UUID account) {
        return jdbc().sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + account + "%").query(Long.class).single();
    }

    private static long deadLetters(UUID account) {
        return jdbc().sql("SELECT COUNT(*) FROM event_publication_dead_letter WHERE serialized_event LIKE ?")
                .param("%" + account + "%").query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return node.getBean(JdbcClient.class);
    }

    private static int port() {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /**
     * A database of this test's own that outlives the nodes: a fresh PostgreSQL database next to the test database
     * (other contexts of the run share that one, and their scheduled jobs must not take this test's work), or an H2
     * file database.
     */
    private static String database() {
        var url = System.getenv("DATABASE_URL");
        if ("postgres".equals(System.getenv("QURAN_TEST_DB")) && url != null) {
            var name = "itqan_outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                postgresDatabase = name;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        }
        // A file, as a restarted node finds it: closed by node 1 with its last connection, reopened by node 2.
        var directory = System.getProperty("java.io.tmpdir") + "/itqan-outbox-" + UUID.randomUUID();
        return "jdbc:h2:file:" + directory
                + "/quran;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static ConfigurableApplicationContext start(String database, String... extra) {
        var postgres = database.startsWith("jdbc:postgresql");
        var args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", "--spring.profiles.active=test",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + (postgres ? "postgres" : "sa"), "--spring.datasource.password=",
                "--quran.redis.url="));
        args.addAll(java.util.List.of(extra));
        return new SpringApplicationBuilder(QuranApiApplication.class).logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}
