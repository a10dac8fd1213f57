package org.itqan.quran.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.NodeScripts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL loads in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core from npm) from this
 * server alone, under its Content-Security-Policy, and runs a query (src/test/e2e/graphiql.mjs).
 */
@IntegrationTest
class GraphiQlBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Test
    void servesThePageWithoutACdnUnderTheSitePolicy() {
        var page = new Http(port).get("/graphiql");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/graphiql/vendor/graphiql.min.js").doesNotContain("esm.sh", "unpkg");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(new Http(port).get("/graphiql/vendor/graphiql.min.js").status()).isEqualTo(200);
    }

    @Test
    void runsAQueryInHeadlessChromium() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("%s is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does",
                        CHROMIUM)
                .isTrue();
        var profile = Files.createTempDirectory("graphiql-chromium-");
        var run = NodeScripts.node("graphiql.mjs", Map.of("BASE_URL", "http://127.0.0.1:" + port, "CHROMIUM",
                CHROMIUM.toString(), "USER_DATA_DIR", profile.toString()), 180);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("\"check\":\"graphiql\",\"ok\":true");
    }
}
