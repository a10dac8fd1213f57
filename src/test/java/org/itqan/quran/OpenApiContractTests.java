package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the committed contract, docs/openapi.json. A change to the API must change that
 * file in the same commit, where a reviewer sees it. To accept a deliberate change, run
 * {@code ./mvnw test -Dtest=OpenApiContractTests -Dopenapi.write=true} and commit the file.
 */
@IntegrationTest
class OpenApiContractTests {

    static final Path CONTRACT = Path.of("docs/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @LocalServerPort
    int port;

    @Test
    void servedDocumentEqualsTheCommittedContract() throws IOException {
        var response = new Http(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        var served = response.json();
        assertThat(served.get("openapi").asString()).startsWith("3.1");
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
        }
        assertThat(Files.exists(CONTRACT)).as("committed contract %s", CONTRACT).isTrue();
        var committed = JSON.readTree(Files.readString(CONTRACT));
        assertThat(served)
                .as("the served /v3/api-docs differs from %s; if the change is intended, regenerate it with "
                        + "-Dopenapi.write=true and commit it", CONTRACT)
                .isEqualTo(committed);
    }

    @Test
    void documentsEveryContentEndpoint() {
        var paths = new Http(port).get("/v3/api-docs").json().get("paths");
        for (var path : new String[] {"/api/v4/chapters", "/api/v4/chapters/{id}", "/api/v4/chapters/{id}/info",
            "/api/v4/verses/by_chapter/{chapter_number}", "/api/v4/verses/by_page/{page_number}",
            "/api/v4/verses/by_juz/{juz_number}", "/api/v4/verses/by_hizb/{hizb_number}",
            "/api/v4/verses/by_rub_el_hizb/{rub_el_hizb_number}", "/api/v4/verses/by_manzil/{manzil_number}",
            "/api/v4/verses/by_ruku/{ruku_number}", "/api/v4/verses/by_key/{verse_key}", "/api/v4/verses/random",
            "/api/v4/juzs", "/api/v4/resources/translations", "/api/v4/resources/tafsirs",
            "/api/v4/resources/languages", "/api/v4/quran/verses/{script}",
            "/api/v4/quran/translations/{translation_id}", "/api/v4/integrity/manifest",
            "/content/api/v4/verses/by_key/{verse_key}", "/api/v4/resources/changes",
            "/api/v4/resources/{type}/{id}/download", "/api/v4/resources/{type}/{id}/changes", "/v1/edition",
            "/v1/surah/{number}/{edition}", "/v1/ayah/{reference}/editions/{editions}", "/v1/juz/{number}/{edition}",
            "/v1/search/{word}/{surah}/{edition}", "/v1/meta"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        var byChapter = paths.get("/api/v4/verses/by_chapter/{chapter_number}").get("get");
        var parameters = new java.util.ArrayList<String>();
        byChapter.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("chapter_number", "language", "words", "translations", "tafsirs", "fields",
                "word_fields", "translation_fields", "page", "per_page", "from", "to");
        assertThat(byChapter.get("responses").has("400")).isTrue();
        assertThat(byChapter.get("responses").has("404")).isTrue();
        // /v1 documents AlQuran Cloud's envelope, not problem+json.
        var surah = paths.get("/v1/surah/{number}/{edition}").get("get").get("responses");
        assertThat(surah.get("200").toString()).contains("AlQuranSurahResponse");
        assertThat(surah.get("404").toString()).contains("AlQuranCloudError").doesNotContain("problem+json");
    }
}
