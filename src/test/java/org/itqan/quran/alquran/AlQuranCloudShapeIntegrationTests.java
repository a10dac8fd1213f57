package org.itqan.quran.alquran;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** /v1 answers in AlQuran Cloud's shapes, member by member, with its edition identifiers and envelope. */
@IntegrationTest
class AlQuranCloudShapeIntegrationTests {

    static final List<String> SURAH = List.of("number", "name", "englishName", "englishNameTranslation",
            "revelationType", "numberOfAyahs");
    static final List<String> AYAH = List.of("number", "text", "numberInSurah", "juz", "manzil", "page", "ruku",
            "hizbQuarter", "sajda");
    static final List<String> EDITION = List.of("identifier", "language", "name", "englishName", "format", "type",
            "direction");

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    JsonNode data(String path) {
        var response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("ETag")).isNotBlank();
        var body = response.json();
        assertThat(names(body)).containsExactly("code", "status", "data");
        assertThat(body.get("code").asInt()).isEqualTo(200);
        assertThat(body.get("status").asString()).isEqualTo("OK");
        return body.get("data");
    }

    static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void listsEditionsWithTheirIdentifiersAndLicences() {
        var editions = data("/v1/edition");
        var identifiers = new ArrayList<String>();
        editions.forEach(e -> {
            identifiers.add(e.get("identifier").asString());
            assertThat(names(e)).containsSubsequence(EDITION);
            assertThat(e.get("format").asString()).isEqualTo("text");
            assertThat(e.has("license")).isTrue();
            assertThat(e.has("commercialUse")).isTrue();
        });
        assertThat(identifiers).containsExactlyInAnyOrder("quran-uthmani", "quran-simple", "quran-simple-clean",
                "en.sahih", "en.pickthall", "en.yusufali", "fr.hamidullah", "id.indonesian", "tr.rowwad",
                "ur.kanzuliman", "ar.jalalayn");
        var sahih = data("/v1/edition?language=en&type=translation");
        assertThat(sahih.size()).isEqualTo(3);
        assertThat(data("/v1/edition/type/tafsir").get(0).get("identifier").asString()).isEqualTo("ar.jalalayn");
        assertThat(data("/v1/edition/language/fr").get(0).get("identifier").asString()).isEqualTo("fr.hamidullah");
        assertThat(data("/v1/edition/language").toString()).contains("\"ar\"", "\"en\"", "\"ur\"");
        assertThat(data("/v1/edition/type").toString()).contains("quran", "translation", "tafsir");
        assertThat(data("/v1/edition/format").get(0).asString()).isEqualTo("text");
        assertThat(data("/v1/edition/format/text").size()).isEqualTo(11);
        assertThat(data("/v1/edition/format/audio").size()).isZero();
        var pickthall = data("/v1/edition/language/en").valueStream()
                .filter(e -> e.get("identifier").asString().equals("en.pickthall")).findFirst().orElseThrow();
        assertThat(pickthall.get("commercialUse").asBoolean()).isFalse();
        assertThat(pickthall.get("direction").asString()).isEqualTo("ltr");
    }

    @Test
    void servesSurahsWithTheirAyahs() {
        var surahs = data("/v1/surah");
        assertThat(surahs.size()).isEqualTo(114);
        assertThat(names(surahs.get(0))).containsExactlyElementsOf(SURAH);
        assertThat(surahs.get(1).get("revelationType").asString()).isEqualTo("Medinan");
        assertThat(surahs.get(0).get("englishNameTranslation").asString()).isEqualTo("The Opening");

        var fatiha = data("/v1/surah/1/en.sahih");
        assertThat(names(fatiha)).containsExactlyElementsOf(concat(SURAH, "ayahs", "edition"));
        assertThat(fatiha.get("ayahs").size()).isEqualTo(7);
        var ayah = fatiha.get("ayahs").get(0);
        assertThat(names(ayah)).containsExactlyElementsOf(AYAH);
        assertThat(ayah.get("text").asString()).contains("In the name of All");
        assertThat(ayah.get("sajda").asBoolean()).isFalse();
        assertThat(fatiha.get("edition").get("identifier").asString()).isEqualTo("en.sahih");

        var paged = data("/v1/surah/2?offset=254&limit=2");
        assertThat(paged.get("ayahs").size()).isEqualTo(2);
        assertThat(paged.get("ayahs").get(0).get("numberInSurah").asInt()).isEqualTo(255);
        assertThat(paged.get("ayahs").get(0).get("number").asInt()).isEqualTo(262);
        assertThat(paged.get("edition").get("identifier").asString()).isEqualTo("quran-uthmani");

        var both = data("/v1/surah/114/editions/quran-simple,fr.hamidullah");
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.get(1).get("edition").get("language").asString()).isEqualTo("fr");
    }

    @Test
    void servesAyahsByNumberOrReference() {
        var kursi = data("/v1/ayah/2:255/en.sahih");
        assertThat(names(kursi)).containsExactly("number", "text", "edition", "surah", "numberInSurah", "juz",
                "manzil", "page", "ruku", "hizbQuarter", "sajda");
        assertThat(kursi.get("number").asInt()).isEqualTo(262);
        assertThat(kursi.get("juz").asInt()).isEqualTo(3);
        assertThat(kursi.get("surah").get("number").asInt()).isEqualTo(2);
        assertThat(data("/v1/ayah/262").get("text").asString())
                .isEqualTo(data("/v1/ayah/2:255/quran-uthmani").get("text").asString());
        var sajda = data("/v1/ayah/7:206").get("sajda");
        assertThat(names(sajda)).containsExactly("id", "recommended", "obligatory");
        assertThat(sajda.get("id").asInt()).isEqualTo(1);
        assertThat(data("/v1/ayah/1:1/editions/quran-uthmani,ar.jalalayn,ur.kanzuliman").size()).isEqualTo(3);
        var random = http.get("/v1/ayah/random/en.sahih");
        assertThat(random.status()).isEqualTo(200);
        assertThat(random.json().get("data").get("number").asInt()).isBetween(1, 6236);
        assertThat(http.get("/v1/ayah/random").status()).isEqualTo(200);
    }

    @Test
    void servesSectionsWithTheirSurahs() {
        var juz = data("/v1/juz/30/quran-simple-clean?offset=0&limit=3");
        assertThat(names(juz)).containsExactly("number", "ayahs", "surahs", "edition");
        assertThat(juz.get("ayahs").size()).isEqualTo(3);
        assertThat(names(juz.get("ayahs").get(0))).containsExactlyElementsOf(
                List.of("number", "text", "surah", "numberInSurah", "juz", "manzil", "page", "ruku", "hizbQuarter",
                        "sajda"));
        assertThat(juz.get("surahs").has("78")).isTrue();
        assertThat(data("/v1/page/604/en.sahih").get("ayahs").size()).isEqualTo(15);
        assertThat(data("/v1/manzil/7/en.sahih?limit=1").get("ayahs").get(0).get("manzil").asInt()).isEqualTo(7);
        assertThat(data("/v1/ruku/1/en.sahih").get("ayahs").size()).isEqualTo(7);
        assertThat(data("/v1/hizbQuarter/1/en.sahih").get("ayahs").get(0).get("hizbQuarter").asInt()).isEqualTo(1);
        var sajdas = data("/v1/sajda/en.sahih");
        assertThat(sajdas.get("ayahs").size()).isEqualTo(15);
        assertThat(sajdas.get("ayahs").get(0).get("sajda").get("recommended").asBoolean()).isTrue();
    }

    @Test
    void servesTheWholeQuranAndMeta() {
        var quran = data("/v1/quran/quran-uthmani");
        assertThat(quran.get("surahs").size()).isEqualTo(114);
        assertThat(quran.get("surahs").get(1).get("ayahs").size()).isEqualTo(286);
        var meta = data("/v1/meta");
        assertThat(names(meta)).containsExactly("ayahs", "surahs", "sajdas", "rukus", "pages", "manzils",
                "hizbQuarters", "juzs");
        assertThat(meta.get("ayahs").get("count").asInt()).isEqualTo(6236);
        assertThat(meta.get("juzs").get("references").get(1).get("surah").asInt()).isEqualTo(2);
        assertThat(meta.get("juzs").get("references").get(1).get("ayah").asInt()).isEqualTo(142);
        assertThat(meta.get("sajdas").get("references").size()).isEqualTo(15);
    }

    @Test
    void searchesTranslationsAndArabicIgnoringCaseAndDiacritics() {
        var moses = data("/v1/search/MOSES/all/en.sahih");
        assertThat(moses.get("count").asInt()).isGreaterThan(100);
        var match = moses.get("matches").get(0);
        assertThat(names(match)).containsExactly("number", "text", "edition", "surah", "numberInSurah");
        assertThat(data("/v1/search/merciful/1/en").get("count").asInt()).isGreaterThanOrEqualTo(3);
        // Typed without diacritics and with a bare alef: still finds the Uthmani text of 1:1.
        var bismillah = data("/v1/search/" + java.net.URLEncoder.encode("الرحمن الرحيم",
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/1/quran-uthmani");
        assertThat(bismillah.get("matches").get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void answersRevalidationWith304() {
        var first = http.get("/v1/surah/1/en.sahih");
        var second = http.get("/v1/surah/1/en.sahih", "If-None-Match", first.header("ETag"));
        assertThat(second.status()).isEqualTo(304);
    }

    static List<String> concat(List<String> list, String... more) {
        var result = new ArrayList<>(list);
        result.addAll(List.of(more));
        return result;
    }
}
