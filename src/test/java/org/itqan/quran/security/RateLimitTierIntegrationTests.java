package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The rate limiter charges the caller the token names: a client, a user, an admin, or an anonymous address. */
@IntegrationTest
class RateLimitTierIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void chargesEachKindOfCallerToItsTier() {
        var http = new Http(port);
        var oauth = new OAuth(port);
        assertThat(http.get("/api/v4/me/usage").json().get("tier").asString()).isEqualTo("anonymous");

        var client = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        assertThat(http.get("/api/v4/me/usage", "Authorization", "Bearer " + client).json().get("tier").asString())
                .isEqualTo("client");
        var limited = http.get("/api/v4/chapters/1", "Authorization", "Bearer " + client);
        assertThat(limited.header("RateLimit-Policy")).isNotBlank();

        var email = "tier-" + UUID.randomUUID() + "@example.org";
        http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"a long password here\"}",
                "Content-Type", "application/json");
        var user = oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, "a long password here",
                "openid user.read").accessToken();
        assertThat(http.get("/api/v4/me/usage", "Authorization", "Bearer " + user).json().get("tier").asString())
                .isEqualTo("user");

        var admin = oauth.adminTokens().accessToken();
        assertThat(http.get("/api/v4/me/usage", "Authorization", "Bearer " + admin).json().get("tier").asString())
                .isEqualTo("admin");
    }
}
