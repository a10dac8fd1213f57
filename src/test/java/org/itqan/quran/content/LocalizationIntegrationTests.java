package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;

import org.itqan.quran.shared.ArabicCollation;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Arabic and English over HTTP: problems in the language the v4 {@code language} parameter or Accept-Language asks
 * for (English otherwise, same type URIs), chapters with Arabic translated names and info, sorting by Arabic name,
 * and the direction of every text resource.
 */
@IntegrationTest
class LocalizationIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void problemsFollowTheLanguageParameterOnV4Paths() {
        var arabic = http.get("/api/v4/chapters/115?language=ar");
        assertThat(arabic.status()).isEqualTo(404);
        assertThat(arabic.header("Content-Type")).startsWith("application/problem+json");
        assertThat(arabic.header("Content-Language")).isEqualTo("ar");
        assertThat(arabic.json().get("type").asString()).endsWith("/problems/chapter-not-found");
        assertThat(arabic.json().get("title").asString()).isEqualTo("السورة غير موجودة");
        assertThat(arabic.json().get("detail").asString()).isEqualTo("لا توجد سورة رقمها 115؛ السور مرقمة من 1 إلى 114");

        // the parameter wins over the header; an unknown language is English, as v4 falls back
        for (var english : new String[] {"/api/v4/chapters/115?language=en", "/api/v4/chapters/115?language=fr"}) {
            var response = http.get(english, "Accept-Language", "ar");
            assertThat(response.header("Content-Language")).isEqualTo("en");
            assertThat(response.json().get("title").asString()).isEqualTo("Chapter not found");
            assertThat(response.json().get("detail").asString())
                    .isEqualTo("There is no chapter 115; chapters are numbered 1 to 114");
        }
    }

    @Test
    void problemsFollowAcceptLanguageOtherwise() {
        var invalid = http.get("/api/v4/verses/by_chapter/2?per_page=abc", "Accept-Language", "fr, ar;q=0.8");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("title").asString()).isEqualTo("معامل غير صالح");
        assertThat(invalid.json().get("detail").asString()).startsWith("المعامل 'per_page' غير صالح");
        assertThat(invalid.json().get("parameter").asString()).isEqualTo("per_page");

        var noSuchPath = http.get("/api/v4/no/such/path", "Accept-Language", "ar");
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(noSuchPath.json().get("title").asString()).isEqualTo("غير موجود");
        assertThat(noSuchPath.header("Content-Language")).isEqualTo("ar");

        var noToken = http.get("/api/v4/me", "Accept-Language", "ar");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("title").asString()).isEqualTo("المصادقة مطلوبة");
        assertThat(noToken.header("Content-Language")).isEqualTo("ar");

        var english = http.get("/api/v4/verses/by_key/2:300");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.json().get("detail").asString())
                .isEqualTo("Chapter 2 has verses 1 to 286, so 2:300 does not exist");
    }

    @Test
    void chaptersAndChapterInfoInArabic() {
        var chapter = http.get("/api/v4/chapters/2?language=ar").json().get("chapter");
        assertThat(chapter.get("translated_name").get("language_name").asString()).isEqualTo("arabic");
        assertThat(chapter.get("translated_name").get("name").asString()).isEqualTo(chapter.get("name_arabic")
                .asString());
        var info = http.get("/api/v4/chapters/2/info?language=ar").json().get("chapter_info");
        assertThat(info.get("language_name").asString()).isEqualTo("arabic");
        assertThat(info.get("text").asString()).contains("سورة مدنية", "286");
        // unknown languages fall back to English
        assertThat(http.get("/api/v4/chapters/2?language=fr").json().get("chapter").get("translated_name")
                .get("language_name").asString()).isEqualTo("english");
        assertThat(http.get("/api/v4/chapters/2/info?language=fr").json().get("chapter_info").get("language_name")
                .asString()).isEqualTo("english");
    }

    @Test
    void sortsChaptersByArabicNameWithTheArabicCollator() {
        var chapters = http.get("/api/v4/chapters?sort=name_arabic&language=ar").json().get("chapters");
        assertThat(chapters.size()).isEqualTo(114);
        var names = new ArrayList<String>();
        chapters.forEach(c -> names.add(c.get("name_arabic").asString()));
        assertThat(names).isSortedAccordingTo(ArabicCollation.NAMES);
        // hamza forms sort as alef, so the next letter decides: الإسراء (س) < الأعراف (ع) < الأنعام (ن); code points
        // put أ (U+0623) before إ (U+0625), so الإسراء would come last of the three
        assertThat(names.indexOf("الإسراء")).isLessThan(names.indexOf("الأعراف"));
        assertThat(names.indexOf("الأعراف")).isLessThan(names.indexOf("الأنعام"));
        var codePoints = new ArrayList<>(names);
        codePoints.sort(Comparator.naturalOrder());
        assertThat(codePoints.indexOf("الإسراء")).isGreaterThan(codePoints.indexOf("الأنعام"));
        // the default stays the mushaf order, and bad values are explained
        assertThat(http.get("/api/v4/chapters").json().get("chapters").get(0).get("id").asInt()).isEqualTo(1);
        var bad = http.get("/api/v4/chapters?sort=revelation&language=ar");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).contains("id أو name_arabic");
    }

    @Test
    void everyTextResourceCarriesItsDirection() {
        for (var list : new String[] {"translations", "tafsirs"}) {
            var resources = http.get("/api/v4/resources/" + list + "?sort=name").json().get(list);
            assertThat(resources.size()).isPositive();
            resources.forEach(r -> assertThat(r.get("direction").asString()).isIn("rtl", "ltr"));
            var names = new ArrayList<String>();
            resources.forEach(r -> names.add(r.get("name").asString()));
            assertThat(names).isSortedAccordingTo(ArabicCollation.NAMES);
            int id = resources.get(0).get("id").asInt();
            var texts = http.get("/api/v4/" + list + "/" + id + "/by_ayah/1:1").json();
            assertThat(texts.get("meta").get("direction").asString()).isIn("rtl", "ltr");
            texts.get(list).forEach(t -> assertThat(t.get("direction").asString()).isIn("rtl", "ltr"));
            var dump = http.get("/api/v4/quran/" + list + "/" + id + "?chapter_number=1").json();
            assertThat(dump.get("meta").get("direction").asString()).isIn("rtl", "ltr");
        }
        var verse = http.get("/api/v4/verses/by_key/1:1?translations=" + http.get("/api/v4/resources/translations")
                .json().get("translations").get(0).get("id").asInt()).json().get("verse");
        verse.get("translations").forEach(t -> assertThat(t.get("direction").asString()).isIn("rtl", "ltr"));
        http.get("/v1/edition").json().get("data")
                .forEach(e -> assertThat(e.get("direction").asString()).isIn("rtl", "ltr"));
    }
}
