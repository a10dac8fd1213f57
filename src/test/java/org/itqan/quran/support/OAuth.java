package org.itqan.quran.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the OAuth2 flows over real HTTP as a client application and a browser would: the token endpoint, and the
 * authorization-code flow with PKCE through the login page (cookies, CSRF token, redirects followed by hand).
 */
public final class OAuth {

    public static final String TEST_CLIENT = "test-client";
    public static final String TEST_SECRET = "test-client-secret";
    public static final String ADMIN_EMAIL = "admin@itqan.test";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String REDIRECT = "http://127.0.0.1/callback";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;

    public OAuth(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A token response: its status and JSON body. */
    public record Tokens(int status, JsonNode body) {

        public String accessToken() {
            return body.get("access_token").asString();
        }

        public String refreshToken() {
            return body.get("refresh_token").asString();
        }
    }

    public Tokens clientCredentials(String clientId, String secret, String scope) {
        return token(Map.of("grant_type", "client_credentials", "scope", scope), clientId, secret);
    }

    public Tokens refresh(String refreshToken, String clientId, String secret) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), clientId, secret);
    }

    public Tokens token(Map<String, String> form, String clientId, String secret) {
        var builder = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
        if (secret != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        var response = send(HttpClient.newHttpClient(), builder.build());
        return new Tokens(response.statusCode(), JSON.readTree(response.body()));
    }

    /** Revokes a token at /oauth2/revoke; returns the status. */
    public int revoke(String token, String clientId, String secret) {
        var request = HttpRequest.newBuilder(URI.create(base + "/oauth2/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("token", token)))).build();
        return send(HttpClient.newHttpClient(), request).statusCode();
    }

    /**
     * The authorization-code flow with PKCE, as a browser: authorize, sign in on the login page, follow the
     * redirect back with the code, and exchange code and verifier for tokens. A public client passes a null secret.
     */
    public Tokens authorizationCode(String clientId, String secret, String email, String password, String scope) {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var verifier = randomVerifier();
        var authorize = base + "/oauth2/authorize?" + formBody(orderedMap("response_type", "code", "client_id",
                clientId, "redirect_uri", REDIRECT, "scope", scope, "state", "s1", "code_challenge",
                challenge(verifier), "code_challenge_method", "S256"));
        var toLogin = send(browser, HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html")
                .GET().build());
        if (toLogin.statusCode() != 302) {
            throw new IllegalStateException("authorize did not redirect to login: " + toLogin.statusCode());
        }
        var loginPage = send(browser, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var signedIn = send(browser, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(orderedMap("username", email, "password",
                        password, "_csrf", csrf.group(1))))).build());
        var location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            return new Tokens(401, JSON.readTree("{\"error\":\"login_failed\"}"));
        }
        var back = send(browser, HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : base + location)).header("Accept", "text/html").GET().build());
        var redirect = back.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "authorize after login answered " + back.statusCode() + ": " + back.body()));
        var code = query(URI.create(redirect)).get("code");
        var form = orderedMap("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier);
        if (secret == null) {
            form.put("client_id", clientId);
        }
        return token(form, clientId, secret);
    }

    public Tokens adminTokens() {
        return authorizationCode(TEST_CLIENT, TEST_SECRET, ADMIN_EMAIL, ADMIN_PASSWORD, "openid user.read");
    }

    static Map<String, String> query(URI uri) {
        var result = new LinkedHashMap<String, String>();
        for (var pair : uri.getRawQuery().split("&")) {
            var kv = pair.split("=", 2);
            result.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return result;
    }

    static Map<String, String> orderedMap(String... kv) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String randomVerifier() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
