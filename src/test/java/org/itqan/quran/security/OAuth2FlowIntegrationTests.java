package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OAuth2 grants over real HTTP, as a server app, a browser app and a Quran Foundation SDK would use them. */
@IntegrationTest
class OAuth2FlowIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ClientAdministration clients;
    @Autowired
    DataSource dataSource;
    Http http;
    OAuth oauth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        oauth = new OAuth(port);
    }

    /**
     * The authorization server's store learns the column types once per JVM and binds every query by them; if one
     * database said BLOB and the other text, a JVM that met both (a test run, a migration tool) would bind bytes
     * against text. Every database therefore stores tokens as text.
     */
    @Test
    void storesTokensAsTextOnEveryDatabase() throws Exception {
        try (var connection = dataSource.getConnection();
                var columns = connection.getMetaData().getColumns(null, null, "oauth2_authorization", "%")) {
            var seen = 0;
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equalsIgnoreCase("oauth2_authorization")
                        && columns.getString("COLUMN_NAME").toLowerCase().matches(".*_(value|metadata)|attributes")) {
                    assertThat(columns.getInt("DATA_TYPE")).as(columns.getString("COLUMN_NAME"))
                            .isIn(Types.VARCHAR, Types.LONGVARCHAR);
                    seen++;
                }
            }
            assertThat(seen).isEqualTo(13);
        }
    }

    @Test
    void publishesDiscoveryAndKeys() {
        var discovery = http.get("/.well-known/openid-configuration").json();
        assertThat(discovery.get("token_endpoint").asString()).endsWith("/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).endsWith("/oauth2/jwks");
        assertThat(discovery.get("introspection_endpoint").asString()).endsWith("/oauth2/introspect");
        assertThat(discovery.get("revocation_endpoint").asString()).endsWith("/oauth2/revoke");
        assertThat(discovery.get("userinfo_endpoint").asString()).endsWith("/userinfo");
        var keys = http.get("/oauth2/jwks").json().get("keys");
        var types = new java.util.HashSet<String>();
        for (var key : keys) {
            types.add(key.get("kty").asString());
            assertThat(key.has("d")).as("private part never published").isFalse();
        }
        assertThat(types).as("EC signs access tokens, RSA signs ID tokens").containsExactlyInAnyOrder("EC", "RSA");
    }

    @Test
    void clientCredentialsTokenCallsTheApi() {
        var tokens = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read search.read");
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.body().get("token_type").asString()).isEqualTo("Bearer");
        var response = http.get("/api/v4/verses/by_key/1:1", "Authorization", "Bearer " + tokens.accessToken());
        assertThat(response.status()).isEqualTo(200);
        var introspection = http.send("POST", "/oauth2/introspect", "token=" + tokens.accessToken(),
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", basic());
        assertThat(introspection.json().get("active").asBoolean()).isTrue();
        assertThat(introspection.json().get("client_id").asString()).isEqualTo(OAuth.TEST_CLIENT);
    }

    @Test
    void accessTokensAreShortES256TokensWithoutARedundantNotBefore() {
        var token = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        assertThat(header(token).get("alg").asString()).isEqualTo("ES256");
        var claims = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.has("nbf")).as("it only repeated iat").isFalse();
        assertThat(claims.has("iat")).isTrue();
        assertThat(claims.has("exp")).isTrue();
        assertThat(claims.has("jti")).isTrue();
        assertThat(claims.get("aud").toString()).contains(OAuth.TEST_CLIENT);
        assertThat(token.length()).as("an RS256 token of the same claims is over 700 characters").isLessThan(560);
    }

    @Test
    void rejectsAWrongClientSecret() {
        assertThat(oauth.clientCredentials(OAuth.TEST_CLIENT, "wrong", "content.read").status()).isEqualTo(401);
    }

    @Test
    void acceptsQuranFoundationHeaders() {
        var token = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        assertThat(http.get("/content/api/v4/chapters/1", "x-auth-token", token, "x-client-id", OAuth.TEST_CLIENT)
                .status()).isEqualTo(200);
        var wrongClient = http.get("/content/api/v4/chapters/1", "x-auth-token", token, "x-client-id", "other");
        assertThat(wrongClient.status()).isEqualTo(401);
        assertThat(wrongClient.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void authorizationCodeWithPkceSignsInAPublicClient() {
        var email = "reader-" + UUID.randomUUID() + "@example.org";
        assertThat(http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email
                + "\",\"password\":\"correct horse battery\"}", "Content-Type", "application/json").status())
                .isEqualTo(201);
        var app = clients.create("Mobile app", false, java.util.Set.of("openid", "user.read", "bookmark.read"),
                java.util.Set.of(OAuth.REDIRECT), "test");
        assertThat(app.secret()).as("a public client has no secret").isNull();

        var tokens = oauth.authorizationCode(app.clientId(), null, email, "correct horse battery",
                "openid user.read");
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.body().has("id_token")).isTrue();
        assertThat(header(tokens.body().get("id_token").asString()).get("alg").asString())
                .as("OpenID Connect's required algorithm").isEqualTo("RS256");
        assertThat(header(tokens.accessToken()).get("alg").asString()).isEqualTo("ES256");
        // A public client cannot keep a refresh token secret, so none is issued to it (OAuth 2.0 Security BCP).
        assertThat(tokens.body().has("refresh_token")).isFalse();
        var me = http.get("/api/v4/me", "Authorization", "Bearer " + tokens.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("role").asString()).isEqualTo("USER");
        var userinfo = http.get("/userinfo", "Authorization", "Bearer " + tokens.accessToken());
        assertThat(userinfo.status()).isEqualTo(200);
        assertThat(userinfo.json().get("sub").asString()).isEqualTo(me.json().get("id").asString());
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenIsRejected() {
        var first = oauth.adminTokens();
        assertThat(first.status()).isEqualTo(200);
        var second = oauth.refresh(first.refreshToken(), OAuth.TEST_CLIENT, OAuth.TEST_SECRET);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        var reused = oauth.refresh(first.refreshToken(), OAuth.TEST_CLIENT, OAuth.TEST_SECRET);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(http.get("/api/v4/me", "Authorization", "Bearer " + second.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void aRevokedTokenFailsOnTheNextCall() {
        var token = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        assertThat(http.get("/api/v4/chapters/1", "Authorization", "Bearer " + token).status()).isEqualTo(200);
        assertThat(oauth.revoke(token, OAuth.TEST_CLIENT, OAuth.TEST_SECRET)).isEqualTo(200);
        var after = http.get("/api/v4/chapters/1", "Authorization", "Bearer " + token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("type").asString()).endsWith("/problems/unauthorized");
    }

    @Test
    void tokensSurviveKeyRotationUntilTheyExpire() {
        var admin = oauth.adminTokens().accessToken();
        var before = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        var rotated = http.send("POST", "/api/v4/admin/keys/rotate", "", "Authorization", "Bearer " + admin);
        assertThat(rotated.status()).isEqualTo(200);
        var after = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        assertThat(kid(after)).isEqualTo(rotated.json().get("kid").asString()).isNotEqualTo(kid(before));
        assertThat(http.get("/oauth2/jwks").json().get("keys").size()).isGreaterThanOrEqualTo(2);
        assertThat(http.get("/api/v4/chapters/1", "Authorization", "Bearer " + before).status()).isEqualTo(200);
        assertThat(http.get("/api/v4/chapters/1", "Authorization", "Bearer " + after).status()).isEqualTo(200);
    }

    static String kid(String jwt) {
        return header(jwt).get("kid").asString();
    }

    static tools.jackson.databind.JsonNode header(String jwt) {
        var header = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(header);
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (OAuth.TEST_CLIENT + ":" + OAuth.TEST_SECRET).getBytes());
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
