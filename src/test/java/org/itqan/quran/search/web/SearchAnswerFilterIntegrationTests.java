package org.itqan.quran.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.itqan.quran.shared.observability.Metrics;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Valid searches are answered before the MVC dispatch, exactly as the controller would answer them; a search asked
 * again with the same request line gets the first answer's bytes: same bytes, same ETag and caching headers, 304 on
 * revalidation. Invalid requests are left to the controller, for their problem details, and never remembered;
 * {@code Cache-Control: no-cache} always reaches the search.
 */
@IntegrationTest
class SearchAnswerFilterIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    SearchResponses responses;
    @Autowired
    SearchController controller;
    @Autowired
    MeterRegistry meters;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void answersARepeatedRequestLineWithTheFirstAnswersBytesAndHeaders() throws Exception {
        var query = "/api/v4/search?q=" + URLEncoder.encode("الرحمن", StandardCharsets.UTF_8) + "&size=4&page="
                + (2 + System.nanoTime() % 50);
        var first = complete(query);
        double hits = lookups("hit");

        var again = http.get(query);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.bytes()).isEqualTo(first.bytes());
        for (var header : new String[] {"ETag", "Cache-Control", "Content-Type", "Content-Length"}) {
            assertThat(again.header(header)).as(header).isEqualTo(first.header(header));
        }
        var revalidated = http.get(query, "If-None-Match", first.header("ETag"));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.bytes()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(lookups("hit")).as("answered from the cache both times").isEqualTo(hits + 2);
    }

    @Test
    void answersANewValidSearchAsTheControllerDoes() throws Exception {
        var query = "/api/v4/search?q=mercy&size=3&page=" + (2 + System.nanoTime() % 50);
        var filter = answer(query);
        assertThat(filter).as("answered before the MVC dispatch").isNotNull();

        var request = request(query);
        var controllers = controller.search("mercy", null, "3", request.getParameter("page"), null, null, null,
                null, null, null, null, null, null, request);
        assertThat(filter.getStatus()).isEqualTo(200);
        assertThat(filter.getContentType()).isEqualTo("application/json");
        assertThat(filter.getHeader("ETag")).isEqualTo(controllers.getHeaders().getETag());
        assertThat(filter.getHeader("Cache-Control")).isEqualTo(controllers.getHeaders().getCacheControl());
        assertThat(filter.getContentAsByteArray()).isEqualTo(controllers.getBody());
    }

    @Test
    void readsARepeatedParameterAsItsValuesJoinedByCommasAsTheControllerDoes() throws Exception {
        var joined = answer("/api/v4/search?q=mercy&size=2&translations=20,31");
        var repeated = answer("/api/v4/search?q=mercy&size=2&translations=20&translations=31");

        assertThat(joined).isNotNull();
        assertThat(repeated.getHeader("ETag")).as("the same request").isEqualTo(joined.getHeader("ETag"));
        assertThat(repeated.getContentAsByteArray()).isEqualTo(joined.getContentAsByteArray());
    }

    @Test
    void cachesNavigationLikeASearch() throws Exception {
        var query = "/api/v4/search/navigation?q=al-baqarah&n=" + System.nanoTime();
        var first = http.get(query);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("navigation").get(0).get("key").asString()).isEqualTo("2");
        assertThat(first.header("Cache-Control")).contains("public", "max-age=300");
        var again = http.get(query);
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(http.get(query, "If-None-Match", first.header("ETag")).status()).isEqualTo(304);
        assertThat(http.get("/api/v4/search/navigation").status()).as("no query").isEqualTo(400);
    }

    @Test
    void neverRemembersARejectedRequestAndAlwaysRecomputesOnNoCache() throws Exception {
        for (var bad : new String[] {"/api/v4/search?q=mercy&size=0", "/api/v4/search?q=mercy&translations=999999",
                "/api/v4/search?q=" + URLEncoder.encode("\"الحمد", StandardCharsets.UTF_8),
                "/api/v4/search/navigation?q="}) {
            assertThat(answer(bad)).as("left to the controller: %s", bad).isNull();
            var problem = http.get(bad);
            assertThat(problem.status()).as(bad).isBetween(400, 404);
            assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
            assertThat(http.get(bad).status()).as("still rejected: %s", bad).isEqualTo(problem.status());
        }

        var query = "/api/v4/search?q=mercy&size=2&page=" + (3 + System.nanoTime() % 50);
        complete(query);
        double misses = lookups("miss");
        var request = request(query);
        request.addHeader("Cache-Control", "no-cache");
        assertThat(responses.answer(request, new MockHttpServletResponse())).isTrue();
        assertThat(lookups("miss")).as("searched again").isEqualTo(misses + 1);
    }

    @Test
    void leavesAQueryStringThatIsNotUtf8OrBadlyEscapedToTheController() {
        assertThat(SearchQueries.decodable("q=%D8%A7%D9%84%D8%B1%D8%AD%D9%85%D9%86&size=2")).isTrue();
        assertThat(SearchQueries.decodable("q=mercy")).isTrue();
        assertThat(SearchQueries.decodable(null)).isTrue();
        assertThat(SearchQueries.decodable("q=%FF%FE")).as("not UTF-8").isFalse();
        assertThat(SearchQueries.decodable("q=%D8")).as("a cut sequence").isFalse();
        assertThat(SearchQueries.decodable("q=%G1")).as("not hexadecimal").isFalse();
        assertThat(SearchQueries.decodable("q=ab%2")).as("a cut escape").isFalse();
    }

    private double lookups(String result) {
        return meters.get(Metrics.CACHE_LOOKUPS).tag("cache", "search").tag("result", result).counter().count();
    }

    /** The answer to a query, asked until it is complete (a cold index on a busy machine may time out once). */
    private Http.Response complete(String query) {
        var answers = new java.util.ArrayList<Http.Response>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = http.get(query);
            answers.add(answer);
            return answer.status() == 200 && !answer.json().get("search").get("timed_out").asBoolean();
        });
        return answers.getLast();
    }

    /** What the filter writes for this request, or null when it lets the request through to the controller. */
    private MockHttpServletResponse answer(String pathAndQuery) throws Exception {
        var response = new MockHttpServletResponse();
        return responses.answer(request(pathAndQuery), response) ? response : null;
    }

    private static MockHttpServletRequest request(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        var request = new MockHttpServletRequest("GET", pathAndQuery.substring(0, question));
        var query = pathAndQuery.substring(question + 1);
        request.setQueryString(query);
        for (var pair : query.split("&")) {
            int equals = pair.indexOf('=');
            request.addParameter(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return request;
    }
}
