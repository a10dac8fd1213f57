package org.itqan.quran.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.itqan.quran.support.Accounts;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Client mistakes that reach the server as generic exceptions, found by fuzzing every documented endpoint. Tomcat
 * decodes parameters only when one is first read, and reports bytes it cannot decode by throwing from that read,
 * wherever it happens; Spring Security's firewall refuses a control character in a header when it is read; Spring's
 * functional endpoints refuse a wildcard Content-Type. Each gets a 4xx saying what was wrong, in the envelope of the
 * API it was sent to; none reaches a 500.
 */
@IntegrationTest
class ClientErrorsIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v4/chapters?language=%FF                       | not valid UTF-8
            /api/v4/verses/by_key/1:1?translations=%C0%AF       | not valid UTF-8
            /api/v4/verses/by_key/1:1?translations=ab%          | malformed percent-escape
            /api/v4/verses/by_chapter/1?words=%G1               | malformed percent-escape
            /api/v4/quran/verses/uthmani?chapter_number=1%2     | malformed percent-escape
            /api/v4/search?q=%FF%FE                             | not valid UTF-8
            /api/v4/search?q=mercy%                             | malformed percent-escape
            /api/v4/search/suggest?q=%D8                        | not valid UTF-8
            /api/v4/resources/translations?commercial_only=%FF  | not valid UTF-8
            """)
    void answersAParameterThatCannotBeDecodedWith400SayingWhy(String target, String says) {
        var response = http.getRaw(target);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/problems/bad-request");
        assertThat(response.json().get("detail").asString()).contains(says);
        assertThat(response.json().get("instance").asString()).isEqualTo(target.substring(0, target.indexOf('?')));
    }

    @Test
    void answersTooManyParametersWith400() {
        var query = IntStream.range(0, 1_100).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

        var response = http.get("/api/v4/chapters?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("more of them than the server accepts");
    }

    @Test
    void answersTheAlQuranCloudLayerInItsOwnEnvelope() {
        var response = http.getRaw("/v1/surah/1?limit=%C0%AF");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("code").asInt()).isEqualTo(400);
        assertThat(response.json().get("data").asString()).contains("not valid UTF-8");
    }

    @Test
    void answersTheUserApiBeforeItsControllersAsItsOtherSecurityErrors() {
        var token = new Accounts(port).register();

        // The bearer-token filter reads the parameters first (a token may not also come as one), so the answer is
        // the problem+json that errors raised before the user API's controllers get, as its 401s and 403s.
        var response = http.get("/auth/v1/bookmarks?type=%FF", "Authorization", "Bearer " + token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("not valid UTF-8");
        assertThat(response.json().get("instance").asString()).isEqualTo("/auth/v1/bookmarks");
    }

    @Test
    void letsCharactersClientsSendUnencodedReachTheApi() {
        // '|' is the search language's OR: typed as it is, the search runs
        var search = http.getRaw("/api/v4/search?q=mercy|merciful&size=1");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().get("search").get("total_results").asInt()).isPositive();

        // an unexpanded URL template is the API's 400, with the path encoded as the problem's instance
        var template = http.getRaw("/api/v4/verses/by_key/{1:1}");
        assertThat(template.status()).as(template.body()).isEqualTo(400);
        assertThat(template.json().get("type").asString()).endsWith("/invalid-verse-key");
        assertThat(template.json().get("instance").asString()).isEqualTo("/api/v4/verses/by_key/%7B1:1%7D");

        // and on the AlQuran Cloud layer, its own envelope
        var alQuran = http.getRaw("/v1/surah/[1]");
        assertThat(alQuran.status()).as(alQuran.body()).isEqualTo(400);
        assertThat(alQuran.json().get("code").asInt()).isEqualTo(400);
        assertThat(alQuran.json().get("data").asString()).contains("'[1]'");
    }

    @Test
    void answersAFormTheAuthorizationServerCannotReadWith400() {
        var response = http.send("POST", "/oauth2/token", "grant_type=client_credentials&scope=%FF",
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("not valid UTF-8");
        assertThat(response.json().get("instance").asString()).isEqualTo("/oauth2/token");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v4/verify
            GET  | /api/v4/chapters/1
            POST | /auth/v1/collections
            POST | /graphql
            """)
    void refusesAWildcardContentTypeWith415(String method, String path) {
        var response = http.send(method, path, "{}", "Content-Type", "*/*");

        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.json().get("detail").asString()).contains("'*/*' is not the media type of a body");
    }

    @Test
    void refusesAWildcardContentTypeOnTheAlQuranCloudLayerInItsEnvelope() {
        var response = http.get("/v1/surah/1", "Content-Type", "text/*");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("code").asInt()).isEqualTo(415);
    }

    @Test
    void answersAMultipartBodyWithoutBoundaryAsAnUnsupportedMediaType() {
        var response = http.send("POST", "/api/v4/verify", "{\"text\":\"x\"}", "Content-Type", "multipart/form-data");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void answersAHeaderTheFirewallRefusesWith400() {
        var token = new Accounts(port).register();

        var response = http.getRaw("/auth/v1/streaks", "Authorization: Bearer " + token, "x-timezone: Asia/\tRiyadh");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().has("error")).as(response.body()).isTrue();
        assertThat(response.json().get("error").get("type").asString()).isEqualTo("invalid_request");
        assertThat(response.json().get("error").get("message").asString()).contains("not allowed");
    }
}
