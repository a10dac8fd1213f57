package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Quran.com v4 JSON shapes, member by member and in v4's order, for each endpoint family. A client written for
 * api.quran.com must work after changing only its base URL.
 */
@IntegrationTest
class V4ShapeIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void chapterHasTheV4Members() {
        var chapter = http.get("/api/v4/chapters/2").json().get("chapter");
        assertThat(names(chapter)).containsExactly("id", "revelation_place", "revelation_order", "bismillah_pre",
                "name_simple", "name_complex", "name_arabic", "verses_count", "pages", "translated_name");
        assertThat(chapter.get("revelation_place").asString()).isEqualTo("madinah");
        assertThat(chapter.get("revelation_order").asInt()).isEqualTo(87);
        assertThat(chapter.get("name_arabic").asString()).isEqualTo("البقرة");
        assertThat(chapter.get("verses_count").asInt()).isEqualTo(286);
        assertThat(chapter.get("pages").get(0).asInt()).isEqualTo(2);
        assertThat(chapter.get("pages").get(1).asInt()).isEqualTo(49);
        assertThat(names(chapter.get("translated_name"))).containsExactly("language_name", "name");
        assertThat(chapter.get("translated_name").get("name").asString()).isEqualTo("The Cow");
    }

    @Test
    void servesTheSameHandlersUnderTheQuranFoundationGatewayPath() {
        assertThat(http.get("/content/api/v4/chapters/2").bytes()).isEqualTo(http.get("/api/v4/chapters/2").bytes());
        assertThat(http.get("/content/api/v4/verses/by_key/1:1").json())
                .isEqualTo(http.get("/api/v4/verses/by_key/1:1").json());
    }

    @Test
    void translatesChapterNamesToArabicAndFallsBackToEnglish() {
        var arabic = http.get("/api/v4/chapters/2?language=ar").json().get("chapter").get("translated_name");
        assertThat(arabic.get("language_name").asString()).isEqualTo("arabic");
        assertThat(arabic.get("name").asString()).isEqualTo("البقرة");
        var fallback = http.get("/api/v4/chapters/2?language=sw").json().get("chapter").get("translated_name");
        assertThat(fallback.get("language_name").asString()).isEqualTo("english");
    }

    @Test
    void chapterInfoHasTheV4Members() {
        var info = http.get("/api/v4/chapters/1/info").json().get("chapter_info");
        assertThat(names(info)).containsExactly("id", "chapter_id", "language_name", "short_text", "source", "text");
        assertThat(info.get("chapter_id").asInt()).isEqualTo(1);
    }

    @Test
    void versesByChapterUseTheVersesAndPaginationEnvelope() {
        var body = http.get("/api/v4/verses/by_chapter/2?per_page=50&page=2&translations=20").json();
        assertThat(names(body)).containsExactly("verses", "pagination");
        var pagination = body.get("pagination");
        assertThat(names(pagination)).containsExactly("per_page", "current_page", "next_page", "total_pages",
                "total_records");
        assertThat(pagination.get("per_page").asInt()).isEqualTo(50);
        assertThat(pagination.get("current_page").asInt()).isEqualTo(2);
        assertThat(pagination.get("next_page").asInt()).isEqualTo(3);
        assertThat(pagination.get("total_pages").asInt()).isEqualTo(6);
        assertThat(pagination.get("total_records").asInt()).isEqualTo(286);
        var verse = body.get("verses").get(0);
        assertThat(verse.get("verse_key").asString()).isEqualTo("2:51");
        assertThat(names(verse)).containsExactly("id", "verse_number", "verse_key", "hizb_number",
                "rub_el_hizb_number", "ruku_number", "manzil_number", "sajdah_number", "page_number", "juz_number",
                "words", "translations");
        assertThat(body.get("verses").size()).isEqualTo(50);
    }

    @Test
    void verseByKeyHasWordsTranslationsAndTafsirs() throws java.io.IOException {
        var verse = http.get("/api/v4/verses/by_key/1:2?translations=20,19&tafsirs=1003"
                + "&fields=text_uthmani,text_imlaei,text_imlaei_simple,chapter_id&word_fields=verse_key,location"
                + "&translation_fields=resource_name,language_name,verse_key").json().get("verse");
        assertThat(verse.get("id").asInt()).isEqualTo(2);
        assertThat(verse.get("chapter_id").asInt()).isEqualTo(1);
        // Compared with the file's bytes: literal Arabic typed in an editor may order the marks differently.
        assertThat(verse.get("text_uthmani").asString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ContentDataIntegrationTests.rawAyaTexts("tanzil/quran-uthmani.xml").get(1));
        assertThat(verse.get("text_imlaei_simple").asString()).isEqualTo("الحمد لله رب العالمين");

        var words = verse.get("words");
        assertThat(words.size()).isEqualTo(5);
        var word = words.get(0);
        assertThat(names(word)).containsExactly("id", "position", "audio_url", "char_type_name", "page_number",
                "line_number", "text", "translation", "transliteration", "verse_key", "location");
        assertThat(verse.get("text_uthmani").asString()).startsWith(word.get("text").asString() + " ");
        assertThat(word.get("location").asString()).isEqualTo("1:2:1");
        var end = words.get(4);
        assertThat(end.get("char_type_name").asString()).isEqualTo("end");
        assertThat(end.get("text").asString()).isEqualTo("٢");

        var translations = verse.get("translations");
        assertThat(translations.size()).isEqualTo(2);
        // v4's members, plus our additive direction (docs/guides/localisation.md)
        assertThat(names(translations.get(0))).containsExactly("id", "resource_id", "text", "direction",
                "resource_name", "language_name", "verse_key");
        assertThat(translations.get(0).get("resource_id").asInt()).isEqualTo(20);
        assertThat(translations.get(0).get("text").asString()).startsWith("(2) [All] praise is [due] to Allāh");
        assertThat(translations.get(1).get("resource_id").asInt()).isEqualTo(19);
        assertThat(translations.get(1).get("text").asString()).isEqualTo("Praise be to Allah, Lord of the Worlds,");

        var tafsirs = verse.get("tafsirs");
        assertThat(tafsirs.size()).isEqualTo(1);
        assertThat(tafsirs.get(0).get("resource_id").asInt()).isEqualTo(1003);
        assertThat(tafsirs.get(0).get("text").asString()).isNotBlank();
    }

    @Test
    void versesByEveryDivisionStartWhereTheDivisionStarts() {
        assertFirstKey("/api/v4/verses/by_page/50", "3:1");
        assertThat(firstKeyOfPage(50)).isEqualTo("3:1");
        assertFirstKey("/api/v4/verses/by_juz/2", "2:142");
        assertFirstKey("/api/v4/verses/by_hizb/2", "2:75");
        assertFirstKey("/api/v4/verses/by_rub_el_hizb/2", "2:26");
        assertFirstKey("/api/v4/verses/by_rub/2", "2:26");
        assertFirstKey("/api/v4/verses/by_manzil/2", "5:1");
        assertFirstKey("/api/v4/verses/by_ruku/2", "2:1");
        assertFirstKey("/api/v4/verses/by_range?from=2:255&to=2:257", "2:255");
        assertFirstKey("/api/v4/verses/by_chapter/2?from=255&to=257", "2:255");
        var range = http.get("/api/v4/verses/by_chapter/2?from=255&to=257").json();
        assertThat(range.get("pagination").get("total_records").asInt()).isEqualTo(3);
    }

    @Test
    void randomVerseHasTheVerseEnvelopeAndIsNeverCached() {
        var response = http.get("/api/v4/verses/random?chapter_number=112");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.json().get("verse").get("verse_key").asString()).startsWith("112:");
    }

    @Test
    void divisionsHaveTheV4Members() {
        for (var kind : List.of("juz", "hizb", "rub_el_hizb", "manzil", "ruku", "page")) {
            var division = http.get("/api/v4/" + kind + "s/1").json().get(kind);
            assertThat(names(division)).as(kind).containsExactly("id", kind + "_number", "verse_mapping",
                    "first_verse_id", "last_verse_id", "verses_count");
        }
        var juz2 = http.get("/api/v4/juzs/2").json().get("juz");
        assertThat(juz2.get("verse_mapping").get("2").asString()).isEqualTo("142-252");
    }

    @Test
    void resourcesCarryTheV4MembersThenProvenanceAndLicence() {
        var translation = http.get("/api/v4/resources/translations").json().get("translations").get(0);
        assertThat(names(translation)).startsWith("id", "name", "author_name", "slug", "language_name",
                "translated_name").contains("source", "version", "license", "attribution", "commercial_use",
                "derivatives_allowed", "checksum", "direction");
        var info = http.get("/api/v4/resources/translations/20/info").json().get("translation_info");
        assertThat(info.get("id").asInt()).isEqualTo(20);
        assertThat(info.get("info").asString()).contains("QuranEnc.com");
        assertThat(info.get("license").asString()).isEqualTo("LicenseRef-QuranEnc-Terms");
        assertThat(info.get("version").asString()).isEqualTo("v1.1.0-csv.1");
        assertThat(info.get("checksum").asString())
                .isEqualTo("sha256:662040cb95f58178a00d35135f6f1f689d324aacdd4fde35c66804c08d2ec8c7");
        var tafsir = http.get("/api/v4/resources/tafsirs/1003/info").json().get("tafsir_info");
        assertThat(tafsir.get("commercial_use").asBoolean()).isFalse();
        assertThat(tafsir.get("direction").asString()).isEqualTo("rtl");
        var languages = http.get("/api/v4/resources/languages").json().get("languages");
        assertThat(names(languages.get(0))).containsExactly("id", "name", "iso_code", "native_name", "direction",
                "translations_count", "translated_name");
        var isoCodes = new ArrayList<String>();
        languages.forEach(l -> isoCodes.add(l.get("iso_code").asString()));
        assertThat(isoCodes).containsExactlyInAnyOrder("ar", "en", "fr", "id", "tr", "ur");
    }

    @Test
    void translationsAndTafsirsByResourceAndDivision() {
        var byChapter = http.get("/api/v4/translations/20/by_chapter/1").json();
        assertThat(byChapter.get("translations").size()).isEqualTo(7);
        assertThat(byChapter.get("translations").get(6).get("verse_key").asString()).isEqualTo("1:7");
        assertThat(byChapter.get("meta").get("attribution").asString()).contains("QuranEnc");
        for (var division : List.of("by_juz/30", "by_page/604", "by_hizb/60", "by_rub_el_hizb/240", "by_manzil/7",
            "by_ruku/556")) {
            var texts = http.get("/api/v4/translations/31/" + division).json().get("translations");
            assertThat(texts.get(texts.size() - 1).get("verse_key").asString()).as(division).isEqualTo("114:6");
        }
        var ayah = http.get("/api/v4/translations/20/by_ayah/2:255?fields=foot_notes").json().get("translations");
        assertThat(ayah.size()).isEqualTo(1);
        assertThat(ayah.get(0).has("foot_notes")).isTrue();
        var tafsir = http.get("/api/v4/tafsirs/1003/by_ayah/1:1").json().get("tafsirs");
        assertThat(tafsir.get(0).get("resource_id").asInt()).isEqualTo(1003);
    }

    @Test
    void dumpsFilterByChapterDivisionAndVerseKeyAndCarryTheNotice() {
        var chapter = http.get("/api/v4/quran/verses/uthmani?chapter_number=114").json();
        assertThat(chapter.get("verses").size()).isEqualTo(6);
        assertThat(names(chapter.get("verses").get(0))).containsExactly("id", "verse_key", "text_uthmani");
        assertThat(chapter.get("meta").get("filters").get("chapter_number").asString()).isEqualTo("114");
        assertThat(chapter.get("meta").get("attribution").asString()).contains("Tanzil Project");
        assertThat(http.get("/api/v4/quran/verses/imlaei?juz_number=30").json().get("verses").size()).isEqualTo(564);
        assertThat(http.get("/api/v4/quran/verses/imlaei_simple?page_number=1").json().get("verses").size())
                .isEqualTo(7);
        assertThat(http.get("/api/v4/quran/verses/uthmani?verse_key=2:255").json().get("verses").size())
                .isEqualTo(1);
        // Filters combine as an intersection: chapter 2 and juz 30 share no verse.
        assertThat(http.get("/api/v4/quran/verses/uthmani?chapter_number=2&juz_number=30").json().get("verses")
                .size()).isZero();
        var translation = http.get("/api/v4/quran/translations/20?chapter_number=1").json();
        assertThat(translation.get("translations").size()).isEqualTo(7);
        assertThat(translation.get("meta").get("translation_name").asString()).isEqualTo("Saheeh International");
        for (var filter : List.of("hizb_number=1", "rub_el_hizb_number=1", "manzil_number=1", "ruku_number=1")) {
            assertThat(http.get("/api/v4/quran/translations/19?" + filter).json().get("translations").size())
                    .as(filter).isPositive();
        }
    }

    @Test
    void noticeCarriesTheAttributionTheSourcesRequire() {
        var notice = http.get("/api/v4/notice");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.body()).contains("Tanzil Project", "https://tanzil.net", "CHANGING IT IS NOT ALLOWED",
                "QuranEnc.com", "non-commercial");
    }

    private String firstKeyOfPage(int page) {
        var first = http.get("/api/v4/pages/" + page).json().get("page").get("first_verse_id").asInt();
        return org.itqan.quran.shared.VerseKey.ofId(first).toString();
    }

    private void assertFirstKey(String path, String key) {
        var body = http.get(path + (path.contains("?") ? "&" : "?") + "words=false").json();
        assertThat(body.get("verses").get(0).get("verse_key").asString()).as(path).isEqualTo(key);
    }

    static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
