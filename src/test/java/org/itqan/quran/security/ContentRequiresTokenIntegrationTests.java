package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With quran.security.content-requires-token, content needs a token with content.read, as at the Quran Foundation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "quran.security.content-requires-token=true")
class ContentRequiresTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void refusesAnonymousContentAndAcceptsAContentToken() {
        var http = new Http(port);
        var oauth = new OAuth(port);
        var anonymous = http.get("/content/api/v4/chapters/1");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("type").asString()).endsWith("/problems/unauthorized");

        var content = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        assertThat(http.get("/content/api/v4/chapters/1", "x-auth-token", content, "x-client-id",
                OAuth.TEST_CLIENT).status()).isEqualTo(200);

        var other = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "bookmark.read").accessToken();
        assertThat(http.get("/api/v4/chapters/1", "Authorization", "Bearer " + other).status()).isEqualTo(403);
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
}
