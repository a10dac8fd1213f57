package org.itqan.quran.content.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ContentGraphQlIntegrationTests {

    @LocalServerPort
    int port;

    GraphQl graphQl;

    @BeforeEach
    void setUp() {
        graphQl = new GraphQl(port);
    }

    @Test
    void returnsAChapterWithItsVersesWordsAndTranslations() {
        var chapter = graphQl.data("""
                { chapter(number: 1) { number nameSimple versesCount pages
                    verses(limit: 2) { verseKey textUthmani words { position location textUthmani }
                      translations(ids: [20, 19]) { resourceId text resource { slug license { id commercialUse } } }
                    } } }""").get("chapter");
        assertThat(chapter.get("nameSimple").asString()).isEqualTo("Al-Faatiha");
        assertThat(chapter.get("versesCount").asInt()).isEqualTo(7);
        var verses = chapter.get("verses");
        assertThat(verses.size()).isEqualTo(2);
        assertThat(verses.get(1).get("verseKey").asString()).isEqualTo("1:2");
        assertThat(verses.get(0).get("words").get(0).get("location").asString()).isEqualTo("1:1:1");
        var translations = verses.get(0).get("translations");
        assertThat(translations.size()).isEqualTo(2);
        assertThat(translations.get(0).get("resourceId").asInt()).isEqualTo(20);
        assertThat(translations.get(0).get("text").asString()).contains("Entirely Merciful");
        assertThat(translations.get(1).get("resource").get("license").get("commercialUse").asBoolean()).isFalse();
    }

    @Test
    void readsVerseRangesDivisionsAndTafsirs() {
        var data = graphQl.data("""
                { verses(from: "2:255", to: "2:257") { verseKey juzNumber chapter { nameEnglish }
                    tafsirs(ids: [1003]) { text } }
                  division(type: JUZ, number: 30) { firstVerseKey lastVerseKey versesCount
                    verses(limit: 1) { verseKey } }
                  divisions(type: MANZIL) { number } }""");
        assertThat(data.get("verses").size()).isEqualTo(3);
        assertThat(data.get("verses").get(0).get("juzNumber").asInt()).isEqualTo(3);
        assertThat(data.get("verses").get(0).get("tafsirs").get(0).get("text").asString()).isNotBlank();
        assertThat(data.get("division").get("firstVerseKey").asString()).isEqualTo("78:1");
        assertThat(data.get("division").get("lastVerseKey").asString()).isEqualTo("114:6");
        assertThat(data.get("division").get("verses").get(0).get("verseKey").asString()).isEqualTo("78:1");
        assertThat(data.get("divisions").size()).isEqualTo(7);
    }

    @Test
    void hidesResourcesNotClearedForCommercialUseWhenAsked() {
        var data = graphQl.data("""
                { translations(commercialOnly: true) { id license { commercialUse } }
                  tafsirs(commercialOnly: true) { id }
                  resource(id: 19, commercialOnly: true) { id } }""");
        assertThat(data.get("translations").size()).isEqualTo(4);
        data.get("translations").forEach(t -> assertThat(t.get("license").get("commercialUse").asBoolean()).isTrue());
        assertThat(data.get("tafsirs").size()).isZero();
        assertThat(data.get("resource").isNull()).isTrue();
        var error = graphQl.error("""
                { verse(key: "1:1") { translations(ids: [19], commercialOnly: true) { text } } }""");
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.get("extensions").get("type").asString()).endsWith("/problems/resource-not-found");
        assertThat(error.get("path").toString()).contains("translations");
    }

    @Test
    void answersBadInputWithGraphQlErrorsOfTheProblemType() {
        var badKey = graphQl.error("{ verse(key: \"2-255\") { verseKey } }");
        assertThat(badKey.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(badKey.get("extensions").get("type").asString()).endsWith("/problems/invalid-verse-key");
        assertThat(badKey.get("extensions").get("status").asInt()).isEqualTo(400);
        assertThat(badKey.get("message").asString()).contains("2-255");

        var missingVerse = graphQl.error("{ verse(key: \"2:999\") { verseKey } }");
        assertThat(missingVerse.get("extensions").get("classification").asString()).isEqualTo("NOT_FOUND");

        var missingChapter = graphQl.error("{ chapter(number: 115) { number } }");
        assertThat(missingChapter.get("extensions").get("type").asString()).endsWith("/problems/chapter-not-found");

        var tooLong = graphQl.error("{ verses(from: \"2:1\", to: \"3:200\") { verseKey } }");
        assertThat(tooLong.get("message").asString()).contains("at most 300");
    }

    @Test
    void answersMalformedDocumentsAndBadVariablesWithoutAStackTrace() {
        var syntax = graphQl.error("{ chapter(number: 1) { number ");
        assertThat(syntax.get("extensions").get("classification").asString()).isEqualTo("InvalidSyntax");
        var unknownField = graphQl.error("{ chapter(number: 1) { surah } }");
        assertThat(unknownField.get("extensions").get("classification").asString()).isEqualTo("ValidationError");
        var badVariable = graphQl.error("query($n: Int!) { chapter(number: $n) { number } }",
                Map.of("n", "one"));
        assertThat(badVariable.get("extensions").get("classification").asString()).isEqualTo("ValidationError");
        var notJson = graphQl.post("{not json");
        assertThat(notJson.status()).isEqualTo(400);
        for (var body : new String[] {syntax.toString(), unknownField.toString(), badVariable.toString(),
            notJson.body()}) {
            assertThat(body).doesNotContain("Exception", "at org.", "at java.");
        }
    }

    @Test
    void readsAnExplicitNullAsTheArgumentsDefault() {
        var explicit = graphQl.data("""
                { translations(commercialOnly: null) { id }
                  tafsirs(commercialOnly: null) { id }
                  resource(id: 19, commercialOnly: null) { id }
                  chapter(number: 2) { verses(offset: null, limit: null) { verseKey } }
                  division(type: JUZ, number: 30) { verses(offset: null, limit: null) { verseKey } }
                  verse(key: "1:1") { translations(ids: [19], commercialOnly: null) { resourceId }
                    tafsirs(ids: [1003], commercialOnly: null) { resourceId } } }""");
        var defaults = graphQl.data("""
                { translations { id }
                  tafsirs { id }
                  resource(id: 19) { id }
                  chapter(number: 2) { verses { verseKey } }
                  division(type: JUZ, number: 30) { verses { verseKey } }
                  verse(key: "1:1") { translations(ids: [19]) { resourceId }
                    tafsirs(ids: [1003]) { resourceId } } }""");
        assertThat(explicit).isEqualTo(defaults);
        assertThat(explicit.get("chapter").get("verses").size()).isEqualTo(50);
        assertThat(explicit.get("resource").get("id").asInt()).isEqualTo(19);
    }
}
