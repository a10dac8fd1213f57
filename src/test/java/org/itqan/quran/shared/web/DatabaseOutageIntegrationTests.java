package org.itqan.quran.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import org.h2.tools.Server;
import org.itqan.quran.support.Nodes;
import org.itqan.quran.support.OAuth;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away under a running node (issue 7 §5): cached content is still served, anything that needs the
 * database fails fast with 503 problem+json and Retry-After (never 500), including the security layer's token and
 * client lookups, the node stays ready, and it recovers by itself when the database is back.
 * <p>
 * The node's database is an H2 file database served over TCP by this test, so stopping the server really drops
 * every connection (as a PostgreSQL restart does) without touching the database other tests use, and starting it
 * again brings the same data back.
 */
class DatabaseOutageIntegrationTests {

    static @Nullable Server database;
    static int databasePort;
    static @Nullable Path directory;
    static @Nullable ConfigurableApplicationContext node;

    @BeforeAll
    static void startNodeOnItsOwnDatabase() throws SQLException, IOException {
        databasePort = Nodes.freePort();
        directory = Files.createTempDirectory("itqan-outage-");
        database = startDatabase();
        node = Nodes.start("--server.port=0",
                "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + databasePort + "/" + directory.toAbsolutePath()
                        + "/quran;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=1000", "--quran.redis.url=",
                "--quran.content.refresh-interval=PT1H", "--quran.integrity.max-age=PT1H",
                "--quran.integrity.check-on-startup=false");
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.stop();
        }
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void servesCachedContentAnswers503WithRetryAfterAndRecoversOnItsOwn() throws SQLException {
        var http = Nodes.http(node);
        var oauth = new OAuth(Nodes.port(node));
        var cached = "/api/v4/verses/by_key/2:255?translations=20";
        assertThat(http.get(cached).status()).isEqualTo(200);
        assertThat(http.get("/v1/ayah/2:255/en.sahih").status()).isEqualTo(200);
        var token = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read user.read")
                .accessToken();
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

        database.stop();

        assertThat(http.get(cached).status()).isEqualTo(200);
        assertThat(http.get("/api/v4/chapters/2").status()).isEqualTo(200);

        var uncached = http.get("/api/v4/translations/20/by_ayah/3:7", "X-Request-Id", "outage-1");
        assertThat(uncached.status()).isEqualTo(503);
        assertThat(uncached.header("Retry-After")).isEqualTo("5");
        assertThat(uncached.header("Content-Type")).startsWith("application/problem+json");
        assertThat(uncached.json().get("type").asString()).endsWith("/problems/service-unavailable");
        assertThat(uncached.json().get("request_id").asString()).isEqualTo("outage-1");

        var signedIn = http.get("/api/v4/me/usage", "Authorization", "Bearer " + token);
        assertThat(signedIn.status()).isEqualTo(503);
        assertThat(signedIn.header("Retry-After")).isEqualTo("5");
        assertThat(signedIn.json().get("type").asString()).endsWith("/problems/service-unavailable");

        var newToken = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read");
        assertThat(newToken.status()).isEqualTo(503);

        var register = http.send("POST", "/api/v4/accounts",
                "{\"email\":\"outage@itqan.test\",\"password\":\"a long enough password\"}",
                "Content-Type", "application/json");
        assertThat(register.status()).isEqualTo(503);
        assertThat(register.header("Retry-After")).isEqualTo("5");

        assertThat(http.get("/v1/ayah/2:255/en.sahih").status()).isEqualTo(200);
        var alquran = http.get("/v1/juz/30/en.sahih");
        assertThat(alquran.status()).isEqualTo(503);
        assertThat(alquran.header("Retry-After")).isEqualTo("5");
        assertThat(alquran.json().get("code").asInt()).isEqualTo(503);

        var readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);

        database = startDatabase();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(http.get("/api/v4/translations/20/by_ayah/3:7").status())
                        .isEqualTo(200));
        assertThat(http.get("/api/v4/me/usage", "Authorization", "Bearer " + token).status()).isEqualTo(200);
    }

    private static Server startDatabase() throws SQLException {
        return Server.createTcpServer("-tcpPort", Integer.toString(databasePort), "-ifNotExists").start();
    }
}
