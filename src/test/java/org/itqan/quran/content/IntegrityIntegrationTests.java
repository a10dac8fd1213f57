package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stored scripture is re-verified at runtime: one changed byte turns health DOWN and names what changed. */
@IntegrationTest
class IntegrityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void reportsAnIntactManifestPublicly() {
        var manifest = http.get("/api/v4/integrity/manifest").json();
        assertThat(manifest.get("intact").asBoolean()).isTrue();
        var keys = new java.util.ArrayList<String>();
        manifest.get("resources").forEach(r -> {
            keys.add(r.get("key").asString());
            assertThat(r.get("sha256").asString()).matches("[0-9a-f]{64}");
            assertThat(r.get("rows").asInt()).isPositive();
        });
        assertThat(keys).contains("quran:text_uthmani", "quran:text_imlaei", "quran:text_imlaei_simple",
                "quran:words", "quran:structure", "quran:chapters", "translation:20", "tafsir:1003");
        assertThat(manifest.get("data_files").get("tanzil/quran-uthmani.xml").asString())
                .isEqualTo("0eb7f3955e6628528a84a2ad4038a31ff988ef0725c0a3afc769ca675eaa10e6");
        assertThat(http.get("/actuator/health").json().get("components").get("integrity").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void detectsOneChangedByteInAStoredVerseAndNamesItsResource() {
        var original = jdbc.queryForObject("SELECT text_uthmani FROM verses WHERE verse_key = '2:255'", String.class);
        // Replace one letter: the kind of silent corruption or tampering the check exists for.
        var tampered = "\u0627" + original.substring(1); // alef wasla -> plain alef, one letter
        assertThat(tampered).isNotEqualTo(original);
        jdbc.update("UPDATE verses SET text_uthmani = ? WHERE verse_key = '2:255'", tampered);
        try {
            var health = http.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            var integrity = health.json().get("components").get("integrity");
            assertThat(integrity.get("status").asString()).isEqualTo("DOWN");
            var mismatch = integrity.get("details").get("mismatches").get(0);
            assertThat(mismatch.get("resource").asString()).isEqualTo("quran:text_uthmani");
            assertThat(mismatch.get("source_file").asString()).isEqualTo("tanzil/quran-uthmani.xml");
            assertThat(mismatch.get("changed_verses").get(0).asString()).isEqualTo("2:255");
            var manifest = http.get("/api/v4/integrity/manifest").json();
            assertThat(manifest.get("intact").asBoolean()).isFalse();
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);
        } finally {
            jdbc.update("UPDATE verses SET text_uthmani = ? WHERE verse_key = '2:255'", original);
        }
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void detectsAChangedTranslationRow() {
        var original = jdbc.queryForObject(
                "SELECT text FROM translation_texts WHERE resource_id = 20 AND verse_id = 1", String.class);
        jdbc.update("UPDATE translation_texts SET text = ? WHERE resource_id = 20 AND verse_id = 1",
                original + " ");
        try {
            var mismatch = http.get("/actuator/health").json().get("components").get("integrity").get("details")
                    .get("mismatches").get(0);
            assertThat(mismatch.get("resource").asString()).isEqualTo("translation:20");
            assertThat(mismatch.get("changed_verses").get(0).asString()).isEqualTo("1:1");
        } finally {
            jdbc.update("UPDATE translation_texts SET text = ? WHERE resource_id = 20 AND verse_id = 1", original);
        }
    }
}
