package org.itqan.quran.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/** The imported data, checked over HTTP against Tanzil's metadata and the bundled files themselves. */
@IntegrationTest
class ContentDataIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void servesAll6236VersesInEachScriptByteExactAsTanzilDistributesThem() throws IOException {
        for (var script : new String[][] {{"uthmani", "tanzil/quran-uthmani.xml"},
            {"imlaei", "tanzil/quran-simple.xml"}, {"imlaei_simple", "tanzil/quran-simple-clean.xml"}}) {
            var served = http.get("/api/v4/quran/verses/" + script[0]).json().get("verses");
            var original = rawAyaTexts(script[1]);
            assertThat(served.size()).isEqualTo(6236);
            for (int i = 0; i < 6236; i++) {
                // Compared as UTF-8 bytes: no Unicode normalisation, trimming or re-encoding anywhere on the way.
                assertThat(served.get(i).get("text_" + script[0]).asString().getBytes(StandardCharsets.UTF_8))
                        .as("%s verse %s", script[0], served.get(i).get("verse_key").asString())
                        .isEqualTo(original.get(i));
            }
        }
    }

    @Test
    void countsEveryDivision() {
        assertThat(http.get("/api/v4/chapters").json().get("chapters").size()).isEqualTo(114);
        assertThat(http.get("/api/v4/juzs").json().get("juzs").size()).isEqualTo(30);
        assertThat(http.get("/api/v4/hizbs").json().get("hizbs").size()).isEqualTo(60);
        assertThat(http.get("/api/v4/rub_el_hizbs").json().get("rub_el_hizbs").size()).isEqualTo(240);
        assertThat(http.get("/api/v4/manzils").json().get("manzils").size()).isEqualTo(7);
        assertThat(http.get("/api/v4/rukus").json().get("rukus").size()).isEqualTo(556);
        assertThat(http.get("/api/v4/pages").json().get("pages").size()).isEqualTo(604);
        assertThat(http.get("/api/v4/sajdas").json().get("sajdas").size()).isEqualTo(15);
        for (var kind : List.of("juzs", "hizbs", "rub_el_hizbs", "manzils", "rukus", "pages")) {
            int total = 0;
            int expectedFirst = 1;
            for (var d : http.get("/api/v4/" + kind).json().get(kind)) {
                assertThat(d.get("first_verse_id").asInt()).as(kind + " are contiguous").isEqualTo(expectedFirst);
                expectedFirst = d.get("last_verse_id").asInt() + 1;
                total += d.get("verses_count").asInt();
            }
            assertThat(total).as(kind + " cover the Quran once").isEqualTo(6236);
        }
    }

    @Test
    void juz30StartsAt78_1() {
        var juz = http.get("/api/v4/juzs/30").json().get("juz");
        assertThat(juz.get("first_verse_id").asInt()).isEqualTo(VerseKeyIds.of("78:1"));
        assertThat(juz.get("verse_mapping").get("78").asString()).isEqualTo("1-40");
        var first = http.get("/api/v4/verses/by_juz/30?per_page=1&words=false").json().get("verses").get(0);
        assertThat(first.get("verse_key").asString()).isEqualTo("78:1");
    }

    @Test
    void page604Holds112_1To114_6() {
        var verses = http.get("/api/v4/verses/by_page/604?per_page=50&words=false").json();
        var keys = new ArrayList<String>();
        verses.get("verses").forEach(v -> keys.add(v.get("verse_key").asString()));
        assertThat(keys.getFirst()).isEqualTo("112:1");
        assertThat(keys.getLast()).isEqualTo("114:6");
        assertThat(keys).hasSize(4 + 5 + 6);
    }

    @Test
    void has15SajdasOf4Obligatory() {
        var sajdas = http.get("/api/v4/sajdas").json().get("sajdas");
        var obligatory = new ArrayList<String>();
        sajdas.forEach(s -> {
            if (s.get("sajdah_type").asString().equals("obligatory")) {
                obligatory.add(s.get("verse_key").asString());
            }
        });
        assertThat(sajdas.size()).isEqualTo(15);
        assertThat(obligatory).containsExactly("32:15", "41:38", "53:62", "96:19");
        var verse = http.get("/api/v4/verses/by_key/32:15?words=false").json().get("verse");
        assertThat(verse.get("sajdah_number").asInt()).isEqualTo(10);
        assertThat(http.get("/api/v4/verses/by_key/32:14?words=false").json().get("verse").get("sajdah_number")
                .isNull()).isTrue();
    }

    @Test
    void bismillahIsVerse1_1OfAlFatihaAndAbsentFromAtTawbah() throws IOException {
        var fatiha = http.get("/api/v4/chapters/1").json().get("chapter");
        assertThat(fatiha.get("bismillah_pre").asBoolean()).isFalse();
        var first = http.get("/api/v4/verses/by_key/1:1?fields=text_uthmani&words=false").json().get("verse");
        // Tanzil's bismillah attribute on 2:1 is the same text as verse 1:1.
        var bismillah = new String(rawAttribute("tanzil/quran-uthmani.xml", "bismillah"), StandardCharsets.UTF_8);
        assertThat(first.get("text_uthmani").asString()).isEqualTo(bismillah);
        assertThat(http.get("/api/v4/chapters/9").json().get("chapter").get("bismillah_pre").asBoolean()).isFalse();
        assertThat(http.get("/api/v4/chapters/2").json().get("chapter").get("bismillah_pre").asBoolean()).isTrue();
        long withBismillah = 0;
        for (JsonNode c : http.get("/api/v4/chapters").json().get("chapters")) {
            withBismillah += c.get("bismillah_pre").asBoolean() ? 1 : 0;
        }
        assertThat(withBismillah).isEqualTo(112);
    }

    @Test
    void splitsUthmaniTextInto77433WordsWithoutPauseMarks() {
        int words = 0;
        for (int juz = 1; juz <= 30; juz++) {
            for (int page = 1; ; page++) {
                var body = http.get("/api/v4/verses/by_juz/" + juz + "?per_page=50&page=" + page).json();
                for (var verse : body.get("verses")) {
                    for (var word : verse.get("words")) {
                        if (word.get("char_type_name").asString().equals("word")) {
                            words++;
                            assertThat(word.get("text").asString()).doesNotMatch("^[\\u06D6-\\u06ED]+$");
                        }
                    }
                }
                if (body.get("pagination").get("next_page").isNull()) {
                    break;
                }
            }
        }
        assertThat(words).isEqualTo(77_433);
    }

    @Test
    void everyResourceHasAllVersesWithProvenanceAndLicence() {
        var translations = http.get("/api/v4/resources/translations").json().get("translations");
        assertThat(translations.size()).isEqualTo(7);
        for (var t : translations) {
            var dump = http.get("/api/v4/quran/translations/" + t.get("id").asInt()).json().get("translations");
            assertThat(dump.size()).isEqualTo(6236);
            assertThat(t.get("license").asString()).isNotBlank();
            assertThat(t.get("attribution").asString()).isNotBlank();
            assertThat(t.get("version").asString()).isNotBlank();
            assertThat(t.get("checksum").asString()).matches("sha256:[0-9a-f]{64}");
        }
        var tafsirs = http.get("/api/v4/resources/tafsirs").json().get("tafsirs");
        assertThat(tafsirs.size()).isEqualTo(1);
        assertThat(http.get("/api/v4/quran/tafsirs/1003").json().get("tafsirs").size()).isEqualTo(6236);
    }

    @Test
    void marksTanzilTranslationsAndTafsirAsNonCommercial() {
        var nonCommercial = new ArrayList<Integer>();
        for (var type : List.of("translations", "tafsirs")) {
            http.get("/api/v4/resources/" + type).json().get(type).forEach(r -> {
                if (!r.get("commercial_use").asBoolean()) {
                    nonCommercial.add(r.get("id").asInt());
                }
            });
        }
        assertThat(nonCommercial).containsExactlyInAnyOrder(19, 22, 1002, 1003);
    }

    /** The aya text attributes of a bundled Tanzil file, as raw bytes, read without an XML parser. */
    static List<byte[]> rawAyaTexts(String path) throws IOException {
        var raw = new String(new ClassPathResource("data/" + path).getContentAsByteArray(), StandardCharsets.UTF_8);
        var matcher = Pattern.compile("<aya index=\"\\d+\" text=\"([^\"]*)\"").matcher(raw);
        var texts = new ArrayList<byte[]>();
        while (matcher.find()) {
            texts.add(matcher.group(1).getBytes(StandardCharsets.UTF_8));
        }
        return texts;
    }

    static byte[] rawAttribute(String path, String attribute) throws IOException {
        var raw = new String(new ClassPathResource("data/" + path).getContentAsByteArray(), StandardCharsets.UTF_8);
        var matcher = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(raw);
        matcher.find();
        return matcher.group(1).getBytes(StandardCharsets.UTF_8);
    }

    static final class VerseKeyIds {
        static int of(String key) {
            return org.itqan.quran.shared.VerseKey.parse(key).id();
        }
    }
}
