package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input of every kind gets a 4xx RFC 9457 problem whose stable type says what kind of mistake it was and whose
 * detail says what is valid; never a 500, never a stack trace.
 */
@IntegrationTest
class BadInputIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v4/no/such/path                              | 404 | not-found
            /api/v4/verses/by_key/2:300                       | 404 | verse-not-found
            /api/v4/verses/by_key/abc                         | 400 | invalid-verse-key
            /api/v4/verses/by_key/115:1                       | 404 | verse-not-found
            /api/v4/verses/by_key/0:1                         | 404 | verse-not-found
            /api/v4/verses/by_key/2:1:1                       | 400 | invalid-verse-key
            /api/v4/verses/by_page/605                        | 404 | division-not-found
            /api/v4/verses/by_page/0                          | 404 | division-not-found
            /api/v4/verses/by_juz/0                           | 404 | division-not-found
            /api/v4/verses/by_juz/31                          | 404 | division-not-found
            /api/v4/verses/by_hizb/61                         | 404 | division-not-found
            /api/v4/verses/by_rub_el_hizb/241                 | 404 | division-not-found
            /api/v4/verses/by_manzil/8                        | 404 | division-not-found
            /api/v4/verses/by_ruku/557                        | 404 | division-not-found
            /api/v4/verses/by_juz/abc                         | 400 | invalid-parameter
            /api/v4/verses/by_juz/99999999999999999999        | 400 | invalid-parameter
            /api/v4/verses/by_chapter/115                     | 404 | chapter-not-found
            /api/v4/verses/by_chapter/-1                      | 400 | invalid-parameter
            /api/v4/chapters/0                                | 404 | chapter-not-found
            /api/v4/chapters/1.5                              | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?per_page=abc          | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?per_page=51           | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?per_page=0            | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?per_page=99999999999999999999 | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?page=-1               | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?page=100000           | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?from=300              | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?from=10&to=5          | 400 | invalid-parameter
            /api/v4/verses/by_chapter/2?words=maybe           | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?translations=999      | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?translations=20,x     | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?translations=1003     | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?tafsirs=20            | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?fields=password       | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?word_fields=nope      | 400 | invalid-parameter
            /api/v4/verses/by_chapter/1?language=%3Cscript%3E | 400 | invalid-parameter
            /api/v4/verses/by_range?from=2:5                  | 400 | invalid-parameter
            /api/v4/verses/by_range?from=2:5&to=1:1           | 400 | invalid-parameter
            /api/v4/verses/random?chapter_number=200          | 400 | invalid-parameter
            /api/v4/quran/verses/klingon                      | 404 | script-not-found
            /api/v4/quran/verses/uthmani?chapter_number=0     | 400 | invalid-parameter
            /api/v4/quran/verses/uthmani?page_number=605      | 400 | invalid-parameter
            /api/v4/quran/verses/uthmani?verse_key=2:300      | 404 | verse-not-found
            /api/v4/quran/translations/999                    | 404 | resource-not-found
            /api/v4/quran/translations/1003                   | 404 | resource-not-found
            /api/v4/resources/translations/999/info           | 404 | resource-not-found
            /api/v4/resources/tafsirs/abc/info                | 400 | invalid-parameter
            /api/v4/translations/999/by_chapter/1             | 404 | resource-not-found
            /api/v4/translations/20/by_chapter/115            | 404 | chapter-not-found
            /api/v4/translations/20/by_juz/31                 | 404 | division-not-found
            /api/v4/tafsirs/1003/by_ayah/2:300                | 404 | verse-not-found
            /api/v4/juzs/31                                   | 404 | division-not-found
            /api/v4/rukus/0                                   | 404 | division-not-found
            """)
    void answersBadInputWithAProblem(String path, int status, String type) {
        var response = http.get(path);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).endsWith("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "springframework");
    }

    @Test
    void saysWhatIsValid() {
        var problem = http.get("/api/v4/verses/by_chapter/2?per_page=51").json();
        assertThat(problem.get("detail").asString()).contains("per_page", "51", "1 to 50");
        assertThat(problem.get("parameter").asString()).isEqualTo("per_page");
        var unknown = http.get("/api/v4/verses/by_chapter/1?translations=999,20").json();
        assertThat(unknown.get("unknown_ids").get(0).asInt()).isEqualTo(999);
        assertThat(unknown.get("available_ids").size()).isEqualTo(7);
        var page = http.get("/api/v4/verses/by_page/605").json();
        assertThat(page.get("detail").asString()).contains("1 to 604");
    }

    @Test
    void rejectsWrongMethodsAndMalformedRequestsWithProblems() {
        // Writes need a token; an anonymous write is refused before anything else is looked at.
        var post = http.send("POST", "/api/v4/chapters", "{}", "Content-Type", "application/json");
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.json().get("type").asString()).endsWith("/problems/unauthorized");
        assertThat(post.header("WWW-Authenticate")).startsWith("Bearer");
        var encoded = http.get("/api/v4/verses/by_key/%FF%FE");
        assertThat(encoded.status()).isBetween(400, 404);
        assertThat(encoded.header("Content-Type")).startsWith("application/problem+json");
        var controls = http.get("/api/v4/verses/by_key/%00%01");
        assertThat(controls.status()).isBetween(400, 404);
        assertThat(controls.body()).doesNotContain("Exception");
    }

    @Test
    void pastTheLastPageIsAnEmptyPageNotAnError() {
        var body = http.get("/api/v4/verses/by_chapter/1?page=5").json();
        assertThat(body.get("verses").size()).isZero();
        assertThat(body.get("pagination").get("total_records").asInt()).isEqualTo(7);
    }
}
