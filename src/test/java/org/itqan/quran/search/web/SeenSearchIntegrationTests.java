package org.itqan.quran.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A search asked again with the same request line is answered from its bytes before the MVC dispatch, exactly as
 * the first answer was given: same bytes, same ETag and caching headers, 304 on revalidation. Only answers that were
 * given are remembered, and {@code Cache-Control: no-cache} always reaches the search.
 */
@IntegrationTest
class SeenSearchIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    SearchResponses responses;
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
        assertThat(answerSeen(query)).as("a request line answered before").isNotNull();

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
    }

    @Test
    void cachesNavigationLikeASearch() throws Exception {
        var query = "/api/v4/search/navigation?q=al-baqarah&n=" + System.nanoTime();
        var first = http.get(query);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("navigation").get(0).get("key").asString()).isEqualTo("2");
        assertThat(first.header("Cache-Control")).contains("public", "max-age=300");
        assertThat(answerSeen(query)).isNotNull();
        var again = http.get(query);
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(http.get(query, "If-None-Match", first.header("ETag")).status()).isEqualTo(304);
        assertThat(http.get("/api/v4/search/navigation").status()).as("no query").isEqualTo(400);
    }

    @Test
    void neverRemembersARejectedRequestAndAlwaysRecomputesOnNoCache() throws Exception {
        var bad = "/api/v4/search?q=mercy&size=0";
        assertThat(http.get(bad).status()).isEqualTo(400);
        assertThat(answerSeen(bad)).isNull();
        assertThat(http.get(bad).status()).isEqualTo(400);

        var query = "/api/v4/search?q=mercy&size=2&page=" + (3 + System.nanoTime() % 50);
        complete(query);
        var request = request(query);
        request.addHeader("Cache-Control", "no-cache");
        assertThat(responses.answerSeen(request, new MockHttpServletResponse())).isFalse();
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

    /** What the filter would write for this request line, or null when it would let the request through. */
    private MockHttpServletResponse answerSeen(String pathAndQuery) throws Exception {
        var response = new MockHttpServletResponse();
        return responses.answerSeen(request(pathAndQuery), response) ? response : null;
    }

    private static MockHttpServletRequest request(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        var request = new MockHttpServletRequest("GET", pathAndQuery.substring(0, question));
        request.setQueryString(pathAndQuery.substring(question + 1));
        return request;
    }
}
