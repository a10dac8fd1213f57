package org.itqan.quran.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** OWASP API Security Top 10 (2023) points, each proven over HTTP. */
@IntegrationTest
class HardeningIntegrationTests {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    Http http;
    OAuth oauth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        oauth = new OAuth(port);
    }

    @Test
    void adminEndpointsCheckTheRole() {
        var user = userToken(register());
        var client = oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, "content.read").accessToken();
        for (var path : new String[] {"/api/v4/admin/clients", "/api/v4/admin/accounts", "/api/v4/admin/audit"}) {
            assertThat(http.get(path).status()).as(path + " anonymous").isEqualTo(401);
            var denied = http.get(path, "Authorization", "Bearer " + user);
            assertThat(denied.status()).as(path + " user").isEqualTo(403);
            assertThat(denied.json().get("type").asString()).endsWith("/problems/forbidden");
            assertThat(http.get(path, "Authorization", "Bearer " + client).status()).as(path + " client")
                    .isEqualTo(403);
            assertThat(http.get(path, "Authorization", "Bearer " + oauth.adminTokens().accessToken()).status())
                    .as(path + " admin").isEqualTo(200);
        }
        assertThat(http.send("POST", "/api/v4/admin/keys/rotate", "", "Authorization", "Bearer " + user).status())
                .isEqualTo(403);
    }

    @Test
    void registrationRejectsRoleAndIdInTheBody() {
        var email = "mass-" + UUID.randomUUID() + "@example.org";
        for (var extra : new String[] {"\"role\":\"ADMIN\"", "\"id\":\"" + UUID.randomUUID() + "\""}) {
            var response = http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\""
                    + PASSWORD + "\"," + extra + "}", "Content-Type", "application/json");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).contains("Unknown member");
        }
        assertThat(http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\"}", "Content-Type", "application/json").json().get("role").asString()).isEqualTo("USER");
    }

    @Test
    void registrationValidatesEveryField() {
        for (var body : new String[] {"{}", "{\"email\":\"nope\",\"password\":\"" + PASSWORD + "\"}",
            "{\"email\":\"a@example.org\",\"password\":\"short\"}", "{\"email\":42,\"password\":\"" + PASSWORD + "\"}",
            "not json", "[]"}) {
            var response = http.send("POST", "/api/v4/accounts", body, "Content-Type", "application/json");
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        var email = register();
        assertThat(http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\""
                + PASSWORD + "\"}", "Content-Type", "application/json").status()).isEqualTo(409);
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPasswords() {
        var email = register();
        for (int i = 0; i < 5; i++) {
            assertThat(oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, "wrong password!",
                    "openid").status()).isEqualTo(401);
        }
        // Locked now: even the right password is refused until the lock expires.
        assertThat(oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD, "openid")
                .status()).isEqualTo(401);
        var audit = http.get("/api/v4/admin/audit?type=LOGIN&limit=50", "Authorization",
                "Bearer " + oauth.adminTokens().accessToken()).json().get("events");
        var failures = 0;
        for (var event : audit) {
            failures += event.get("outcome").asString().equals("FAILURE") ? 1 : 0;
        }
        assertThat(failures).isGreaterThanOrEqualTo(5);
    }

    @Test
    void changesPasswordAndDeletesTheAccount() {
        var email = register();
        var token = userToken(email);
        assertThat(http.send("POST", "/api/v4/me/password", "{\"current_password\":\"wrong one here\","
                + "\"new_password\":\"another long password\"}", "Content-Type", "application/json",
                "Authorization", "Bearer " + token).status()).isEqualTo(400);
        assertThat(http.send("POST", "/api/v4/me/password", "{\"current_password\":\"" + PASSWORD + "\","
                + "\"new_password\":\"another long password\"}", "Content-Type", "application/json",
                "Authorization", "Bearer " + token).status()).isEqualTo(204);
        var fresh = oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, "another long password",
                "openid user.read");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(http.send("DELETE", "/api/v4/me", "", "Authorization", "Bearer " + fresh.accessToken()).status())
                .isEqualTo(204);
        assertThat(oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, "another long password",
                "openid").status()).isEqualTo(401);
    }

    @Test
    void clientAdministrationCreatesRotatesAndRevokes() {
        var admin = "Bearer " + oauth.adminTokens().accessToken();
        var created = http.send("POST", "/api/v4/admin/clients", "{\"name\":\"Reader app\",\"confidential\":true,"
                + "\"scopes\":[\"content.read\"]}", "Content-Type", "application/json", "Authorization", admin);
        assertThat(created.status()).isEqualTo(201);
        var clientId = created.json().get("client_id").asString();
        var secret = created.json().get("client_secret").asString();
        assertThat(oauth.clientCredentials(clientId, secret, "content.read").status()).isEqualTo(200);
        assertThat(http.get("/api/v4/admin/clients", "Authorization", admin).body()).contains(clientId)
                .doesNotContain(secret);

        var rotated = http.send("POST", "/api/v4/admin/clients/" + clientId + "/secret", "", "Authorization", admin);
        var newSecret = rotated.json().get("client_secret").asString();
        assertThat(oauth.clientCredentials(clientId, secret, "content.read").status()).isEqualTo(401);
        var token = oauth.clientCredentials(clientId, newSecret, "content.read").accessToken();

        assertThat(http.send("DELETE", "/api/v4/admin/clients/" + clientId, "", "Authorization", admin).status())
                .isEqualTo(204);
        assertThat(oauth.clientCredentials(clientId, newSecret, "content.read").status()).isEqualTo(401);
        assertThat(http.get("/api/v4/chapters/1", "Authorization", "Bearer " + token).status()).isEqualTo(401);
        var events = http.get("/api/v4/admin/audit?limit=100", "Authorization", admin).body();
        assertThat(events).contains("CLIENT_CREATED", "CLIENT_SECRET_ROTATED", "CLIENT_REVOKED");
        assertThat(events).doesNotContain(secret, newSecret);
    }

    @Test
    void aBlankClientIdIsNoClient() {
        var admin = "Bearer " + oauth.adminTokens().accessToken();

        assertThat(http.send("DELETE", "/api/v4/admin/clients/%20", "", "Authorization", admin).status())
                .isEqualTo(404);
        assertThat(http.send("POST", "/api/v4/admin/clients/%20/secret", "", "Authorization", admin).status())
                .isEqualTo(404);
    }

    @Test
    void rejectsUnknownScopesAndBadRedirects() {
        var admin = "Bearer " + oauth.adminTokens().accessToken();
        assertThat(http.send("POST", "/api/v4/admin/clients", "{\"name\":\"x\",\"scopes\":[\"root\"]}",
                "Content-Type", "application/json", "Authorization", admin).status()).isEqualTo(400);
        assertThat(http.send("POST", "/api/v4/admin/clients", "{\"name\":\"x\",\"scopes\":[\"content.read\"],"
                + "\"redirect_uris\":[\"http://evil.example\"]}", "Content-Type", "application/json",
                "Authorization", admin).status()).isEqualTo(400);
    }

    @Test
    void sendsSecurityHeaders() {
        var login = http.get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        var api = http.get("/api/v4/chapters/1");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var preflight = http.send("OPTIONS", "/api/v4/chapters/1", "", "Origin", "https://app.example",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
    }

    @Test
    void refusesOversizedBodies() {
        var huge = "{\"email\":\"" + "a".repeat(2_000_000) + "@example.org\",\"password\":\"" + PASSWORD + "\"}";
        var response = http.send("POST", "/api/v4/accounts", huge, "Content-Type", "application/json");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asString()).endsWith("/problems/payload-too-large");
    }

    @Test
    void refusesOversizedChunkedBodiesToo() throws Exception {
        // No Content-Length: the body is streamed, and counted as it is read.
        // A JSON string that never ends: the parser keeps reading until the limit stops it.
        var chunks = new java.util.ArrayList<java.nio.ByteBuffer>();
        chunks.add(java.nio.ByteBuffer.wrap("{\"email\":\"".getBytes()));
        for (int i = 0; i < 40; i++) {
            chunks.add(java.nio.ByteBuffer.wrap("a".repeat(64 * 1024).getBytes()));
        }
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/api/v4/accounts")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofByteArrays(chunks.stream()
                                .map(java.nio.ByteBuffer::array).toList()))).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/payload-too-large");
    }

    @Test
    void userTokensCannotActForAnotherAccount() {
        var alice = userToken(register());
        var bob = userToken(register());
        var aliceId = http.get("/api/v4/me", "Authorization", "Bearer " + alice).json().get("id").asString();
        var bobView = http.get("/api/v4/me", "Authorization", "Bearer " + bob).json();
        assertThat(bobView.get("id").asString()).isNotEqualTo(aliceId);
        // There is no endpoint addressing another account's data by id outside /admin; /admin refuses users.
        assertThat(http.send("PUT", "/api/v4/admin/accounts/" + aliceId + "/role", "{\"role\":\"ADMIN\"}",
                "Content-Type", "application/json", "Authorization", "Bearer " + bob).status()).isEqualTo(403);
    }

    private String register() {
        var email = "user-" + UUID.randomUUID() + "@example.org";
        var response = http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\"}", "Content-Type", "application/json");
        assertThat(response.status()).isEqualTo(201);
        return email;
    }

    private String userToken(String email) {
        var tokens = oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD,
                "openid user.read");
        assertThat(tokens.status()).isEqualTo(200);
        return tokens.accessToken();
    }
}
