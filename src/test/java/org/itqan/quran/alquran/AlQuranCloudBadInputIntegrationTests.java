package org.itqan.quran.alquran;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input on /v1 gets AlQuran Cloud's error envelope with a clear message: never problem+json, never a 500. */
@IntegrationTest
class AlQuranCloudBadInputIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /v1/surah/0                                | 404 | chapter
            /v1/surah/115                              | 404 | chapter
            /v1/surah/abc                              | 400 | surah
            /v1/surah/1/xx.unknown                     | 404 | edition
            /v1/surah/1/en.sahih?offset=-1             | 400 | offset
            /v1/surah/1/en.sahih?limit=0               | 400 | limit
            /v1/surah/1/en.sahih?limit=99999999999     | 400 | limit
            /v1/surah/1/editions/a,b,c,d,e,f,g,h,i,j,k | 400 | editions
            /v1/surah/1/editions/en.sahih,nope         | 404 | nope
            /v1/ayah/0                                 | 404 | 6236
            /v1/ayah/6237                              | 404 | 6236
            /v1/ayah/2:300                             | 404 | 2:300
            /v1/ayah/2:x                               | 400 | verse key
            /v1/ayah/abc/en.sahih                      | 400 | reference
            /v1/ayah/random/nope                       | 404 | nope
            /v1/juz/31/en.sahih                        | 404 | 1 to 30
            /v1/page/605/en.sahih                      | 404 | 1 to 604
            /v1/manzil/8/en.sahih                      | 404 | 1 to 7
            /v1/ruku/557/en.sahih                      | 404 | 1 to 556
            /v1/hizbQuarter/241/en.sahih               | 404 | 1 to 240
            /v1/hizbQuarter/x/en.sahih                 | 400 | hizbQuarter
            /v1/sajda/nope                             | 404 | nope
            /v1/quran/nope                             | 404 | nope
            /v1/edition?type=%3Cscript%3E              | 400 | type
            /v1/edition/language/12                    | 400 | language
            /v1/search/a/all/en                        | 400 | keyword
            /v1/search/zzzzqqq/all/en                  | 404 | Nothing found
            /v1/search/%D9%8E%D9%8E%D9%8E/all/ar       | 400 | diacritics
            /v1/search/moses/115/en                    | 404 | chapter
            /v1/search/moses/all/xx                    | 404 | edition
            /v1/no/such/path                           | 404 | Not found
            /v1/surah/1/en.sahih?commercial_only=maybe | 400 | commercial_only
            """)
    void answersBadInputInTheEnvelope(String path, int status, String mentions) {
        var response = http.get(path);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        var body = response.json();
        assertThat(body.get("code").asInt()).isEqualTo(status);
        assertThat(body.get("status").asString()).isEqualTo(status == 404 ? "Not Found" : "Bad Request");
        assertThat(body.get("data").asString()).containsIgnoringCase(mentions);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "problems/");
    }

    @Test
    void answersRequestsTheContainerRejectsInTheEnvelope() {
        for (var path : new String[] {"/v1/ayah/%FF%FE", "/v1/surah/%00%01", "/v1/ayah/1%2F2"}) {
            var response = http.get(path);
            assertThat(response.status()).as(path).isBetween(400, 404);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(response.json().get("code").asInt()).isEqualTo(response.status());
        }
        // v4 keeps problem+json for the same kind of request.
        assertThat(http.get("/api/v4/verses/by_key/%FF%FE").header("Content-Type"))
                .startsWith("application/problem+json");
    }

    @Test
    void answersOtherMethodsInTheEnvelope() {
        var post = http.send("POST", "/v1/surah", "{}", "Content-Type", "application/json");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("code").asInt()).isEqualTo(405);
        assertThat(post.header("Content-Type")).startsWith("application/json");
    }
}
