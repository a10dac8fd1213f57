package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Content is served like static files: strong ETags, 304 on revalidation, public caching, precomputed gzip. */
@IntegrationTest
class HttpCachingIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void sendsAStrongEtagAndPublicCacheControl() {
        var response = http.get("/api/v4/verses/by_key/2:255?translations=20");
        assertThat(response.header("ETag")).matches("\"[0-9a-f]{16}-[0-9a-f]{20}\"");
        assertThat(response.header("Cache-Control")).contains("public", "max-age=", "stale-while-revalidate=");
        assertThat(response.headerValues("Vary")).contains("Accept-Encoding");
        assertThat(response.headerValues("Cache-Control")).doesNotContain("no-store", "no-cache");
        assertThat(response.header("Pragma")).isNull();
    }

    @Test
    void answersARepeatedRequestFromItsBytesExactlyAsTheFirstTime() {
        var path = "/api/v4/verses/by_key/3:7?translations=19&words=true";
        var first = http.get(path, "Accept-Encoding", "gzip");
        var repeated = http.get(path, "Accept-Encoding", "gzip"); // answered before the MVC dispatch
        var plain = http.get(path);

        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.bytes()).isEqualTo(first.bytes());
        for (var header : java.util.List.of("ETag", "Cache-Control", "Vary", "Content-Type", "Content-Encoding",
                "Content-Length")) {
            assertThat(repeated.headerValues(header)).as(header).isEqualTo(first.headerValues(header));
        }
        assertThat(repeated.header("X-Request-Id")).isNotBlank().isNotEqualTo(first.header("X-Request-Id"));
        assertThat(repeated.header("RateLimit-Policy")).isEqualTo(first.header("RateLimit-Policy"));
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.json().at("/verse/verse_key").asText()).isEqualTo("3:7");
        assertThat(http.get(path, "If-None-Match", first.header("ETag")).status()).isEqualTo(304);
        // Metrics still name the route for requests that skipped the dispatch (only this test revalidates it).
        assertThat(http.get("/actuator/prometheus").body()).containsPattern(
                "method=\"GET\"[^}]*status=\"304\"[^}]*uri=\"/api/v4/verses/by_key/\\{verse_key\\}\"");
    }

    @Test
    void answersIfNoneMatchWith304AndNoBody() {
        var first = http.get("/api/v4/chapters");
        var etag = first.header("ETag");
        var second = http.get("/api/v4/chapters", "If-None-Match", etag);
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.bytes()).isEmpty();
        assertThat(second.header("ETag")).isEqualTo(etag);
        assertThat(http.get("/api/v4/chapters", "If-None-Match", "W/" + etag).status()).isEqualTo(304);
        assertThat(http.get("/api/v4/chapters", "If-None-Match", "\"other\", " + etag).status()).isEqualTo(304);
        assertThat(http.get("/api/v4/chapters", "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    @Test
    void givesEquivalentRequestsTheSameEtagAndDifferentOnesDifferentEtags() {
        var a = http.get("/api/v4/verses/by_chapter/1?per_page=10&translations=20,19").header("ETag");
        var b = http.get("/api/v4/verses/by_chapter/1?translations=20,19&page=1").header("ETag");
        var c = http.get("/api/v4/verses/by_chapter/1?translations=19,20").header("ETag");
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void servesPrecomputedGzipToClientsThatAcceptIt() throws IOException {
        var plain = http.get("/api/v4/verses/by_chapter/2?per_page=50&translations=20");
        var gzipped = http.get("/api/v4/verses/by_chapter/2?per_page=50&translations=20", "Accept-Encoding",
                "gzip");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.bytes().length).isLessThan(plain.bytes().length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.bytes()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.bytes());
        }
        assertThat(gzipped.header("ETag")).isEqualTo(plain.header("ETag"));
    }

    @Test
    void givesEveryContentLayerTheSamePublicCachingPolicy() {
        var v4 = http.get("/api/v4/chapters/1").header("Cache-Control");
        assertThat(v4).contains("public", "max-age=3600", "stale-while-revalidate=86400");
        for (var path : new String[] {"/content/api/v4/verses/by_page/1", "/v1/ayah/2:255", "/v1/surah/1",
            "/api/v4/resources/translations", "/api/v4/juzs/1"}) {
            var response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(path).isEqualTo(v4);
            assertThat(response.header("ETag")).as(path).isNotBlank();
        }
    }

    @Test
    void servesJsonAsUtf8() {
        var response = http.get("/api/v4/chapters/1");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("chapter").get("name_arabic").asString()).isEqualTo("الفاتحة");
    }
}
