package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.itqan.quran.content.integrity.ManifestDigest;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/**
 * An offline app keeps whole copies of resources and brings them up to date from the change feed alone: it lists what
 * changed since its sync token, downloads that, and verifies every copy against the checksum served with it.
 */
@IntegrationTest
class OfflineSyncIntegrationTests {

    static final String TURKISH = "translations/quranenc/turkish_rwwad_v1.0.0-csv.1.csv";

    @LocalServerPort
    int port;
    @Autowired
    ContentManagement management;
    Http http;

    /** The app's storage: resource id to its downloaded document. */
    final Map<Integer, JsonNode> copies = new HashMap<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void bringsAnOfflineCopyUpToDateFromTheFeedAlone() throws Exception {
        var token = sync(null);
        assertThat(copies).containsOnlyKeys(20, 19, 22, 31, 33, 1001, 1002, 1003);
        var nothingNew = http.get("/api/v4/resources/changes?updated_after=" + token).json();
        assertThat(nothingNew.get("changes").size()).isZero();
        assertThat(nothingNew.get("available").size()).isEqualTo(8);
        // A client that may only keep commercially usable texts learns which copies to drop.
        var commercial = http.get("/api/v4/resources/changes?commercial_only=true&updated_after=" + token).json();
        assertThat(commercial.get("available").valueStream().map(a -> a.get("id").asInt()))
                .containsExactlyInAnyOrder(20, 31, 33, 1001);

        var original = new ClassPathResource("data/" + TURKISH).getContentAsByteArray();
        var corrected = new String(original, StandardCharsets.UTF_8)
                .replace("Hamd, alemlerin Rabbi olan Allah'a mahsustur.", "Hamd, âlemlerin Rabbi Allah'a mahsustur.")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(corrected).isNotEqualTo(original);
        try {
            management.importVersion(1001, "turkish_rwwad_v1.0.1-local.csv", corrected, "v1.0.1-local");

            var changed = http.get("/api/v4/resources/changes?updated_after=" + token).json().get("changes");
            assertThat(changed.size()).isEqualTo(1);
            assertThat(changed.get(0).get("id").asInt()).isEqualTo(1001);
            assertThat(changed.get(0).get("version").asString()).isEqualTo("v1.0.1-local");
            var next = sync(token);
            assertThat(copies.get(1001).get("texts").get(1).get("text").asString())
                    .isEqualTo("Hamd, âlemlerin Rabbi Allah'a mahsustur.");
            assertThat(http.get("/api/v4/resources/changes?updated_after=" + next).json().get("changes").size())
                    .isZero();
            // Every copy the app holds now matches what the server holds.
            var manifest = http.get("/api/v4/integrity/manifest").json();
            assertThat(manifest.get("intact").asBoolean()).isTrue();
            manifest.get("resources").forEach(entry -> {
                var key = entry.get("key").asString();
                if (!key.startsWith("quran:")) {
                    var copy = copies.get(Integer.parseInt(key.substring(key.indexOf(':') + 1)));
                    assertThat(copy.get("meta").get("sha256").asString()).isEqualTo(entry.get("sha256").asString());
                }
            });
        } finally {
            management.importVersion(1001, TURKISH, original, "v1.0.0-csv.1");
        }
    }

    @Test
    void rejectsAMalformedSyncToken() {
        var response = http.get("/api/v4/resources/changes?updated_after=yesterday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("updated_after");
        assertThat(http.get("/api/v4/resources/changes?updated_after=2020-01-01T00:00:00Z").json().get("changes")
                .size()).isEqualTo(8);
        assertThat(http.get("/api/v4/resources/translations/999/download").status()).isEqualTo(404);
    }

    /** One sync: downloads every resource the feed lists, verifies it, stores it; returns the next token. */
    private String sync(String token) {
        var feed = http.get("/api/v4/resources/changes" + (token == null ? "" : "?updated_after=" + token)).json();
        for (var change : feed.get("changes")) {
            var download = http.get(change.get("download_url").asString());
            assertThat(download.status()).isEqualTo(200);
            var copy = download.json();
            var sha256 = change.get("sha256").asString();
            assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256);
            assertThat(copy.get("meta").get("sha256").asString()).isEqualTo(sha256);
            assertThat(checksum(copy.get("texts"))).as("copy of %s verifies", change.get("id")).isEqualTo(sha256);
            assertThat(copy.get("texts").size()).isEqualTo(6236);
            copies.put(change.get("id").asInt(), copy);
        }
        return feed.get("sync_token").asString();
    }

    /** The client side of meta.algorithm. */
    static String checksum(JsonNode texts) {
        var digest = new ManifestDigest();
        texts.forEach(t -> digest.row(t.get("verse_key").asString(), t.get("text").asString(),
                t.get("foot_notes").isNull() ? null : t.get("foot_notes").asString()));
        return digest.hex();
    }
}
