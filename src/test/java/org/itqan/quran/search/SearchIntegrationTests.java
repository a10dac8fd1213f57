package org.itqan.quran.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The search endpoints over real HTTP: the v4 shape, our additive members, and every kind of bad input. */
@IntegrationTest
class SearchIntegrationTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private JsonNode search(String query, String... params) {
        var response = http.get("/api/v4/search?q=" + encode(query) + (params.length > 0 ? "&" : "")
                + String.join("&", params));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("search");
    }

    private static ArrayList<String> keys(JsonNode search) {
        var keys = new ArrayList<String>();
        search.get("results").forEach(r -> keys.add(r.get("verse_key").asString()));
        return keys;
    }

    @Test
    void findsTheUthmaniSpellingFromTheImlaeiOneAndBack() {
        assertThat(keys(search("الصلاة الوسطى"))).containsExactly("2:238");
        assertThat(keys(search("الصلوة الوسطى"))).containsExactly("2:238");
        assertThat(keys(search("ٱلصَّلَوٰةِ ٱلْوُسْطَىٰ"))).containsExactly("2:238");
        assertThat(keys(search("كمشكوة فيها مصباح"))).containsExactly("24:35");
    }

    @Test
    void answersInTheV4ShapeWithHighlightedWords() {
        var search = search("الكرسي", "size=1");
        assertThat(search.get("total_results").asInt()).isEqualTo(2);
        assertThat(search.get("total_pages").asInt()).isEqualTo(2);
        assertThat(search.get("current_page").asInt()).isEqualTo(1);
        var hit = search.get("results").get(0);
        assertThat(hit.get("verse_id").asInt()).isEqualTo(hit.get("verse_key").asString().equals("2:255") ? 262 : 4004);
        assertThat(hit.get("text").asString()).contains("<em>");
        assertThat(hit.get("words").get(0).get("location").asString()).endsWith(":1");
    }

    @Test
    void givesMatchedWordPositionsOnRequest() {
        var hit = search("\"لا تأخذه سنة\"", "highlight=positions").get("results").get(0);
        assertThat(hit.get("verse_key").asString()).isEqualTo("2:255");
        assertThat(hit.get("positions").toString()).contains("2:255:8", "2:255:9", "2:255:10");
        assertThat(hit.get("text").asString()).doesNotContain("<em>");
    }

    @Test
    void searchesTranslationsByLanguageAndEdition() {
        var french = search("araignée", "language=fr").get("results").get(0);
        assertThat(french.get("verse_key").asString()).isEqualTo("29:41");
        assertThat(french.get("translations").get(0).get("resource_id").asInt()).isEqualTo(31);
        assertThat(french.get("translations").get(0).get("text").asString()).contains("<em>");
        assertThat(keys(search("spider", "translations=20"))).contains("29:41");
        assertThat(search("spider", "language=fr").get("total_results").asInt()).isZero();
    }

    @Test
    void showsTheTranslationsThatMatchedOrThoseAskedForHighlightingOnlyWhereTheyMatched() {
        var spider = hit(search("spider"), "29:41").get("translations");
        assertThat(spider.size()).isPositive();
        spider.forEach(t -> {
            assertThat(t.get("resource_id").asInt()).as("only editions that matched").isNotEqualTo(31);
            assertThat(t.get("text").asString()).contains("<em>");
        });
        var asked = hit(search("spider", "translations=20,31"), "29:41").get("translations");
        assertThat(asked).extracting(t -> t.get("resource_id").asInt()).containsExactly(20, 31);
        assertThat(asked.get(0).get("text").asString()).contains("<em>");
        assertThat(asked.get(1).get("text").asString()).as("asked for, did not match").doesNotContain("<em>")
                .contains("araignée");
    }

    @Test
    void listsAHitsTranslationsInResourceIdOrder() {
        var merciful = hit(search("merciful"), "1:3").get("translations");

        assertThat(merciful).extracting(t -> t.get("resource_id").asInt()).as("resource ids ascending")
                .hasSizeGreaterThan(1).isSorted();
    }

    private static tools.jackson.databind.JsonNode hit(tools.jackson.databind.JsonNode search, String verseKey) {
        for (var result : search.get("results")) {
            if (result.get("verse_key").asString().equals(verseKey)) {
                return result;
            }
        }
        throw new AssertionError(verseKey + " not among the results: " + search);
    }

    @Test
    void countsFacetsAndAppliesFilters() {
        var search = search("الله", "facets=chapter,revelation", "filters=chapter:112");
        assertThat(keys(search)).containsExactlyInAnyOrder("112:1", "112:2");
        assertThat(search.get("facets").get("chapter").get("112").asInt()).isEqualTo(2);
        assertThat(search.get("facets").get("revelation").get("meccan").asInt()).isEqualTo(2);
        assertThat(keys(search("واسجد sajdah:yes juz:30"))).contains("96:19");
    }

    @Test
    void supportsOrNotWildcardFuzzyExactStemAndBuckwalter() {
        assertThat(keys(search("الفلق | الكوثر"))).containsExactly("108:1", "113:1");
        assertThat(keys(search("الكرسي -سليمان"))).containsExactly("2:255");
        assertThat(keys(search("زلزل*"))).contains("22:1", "99:1");
        assertThat(keys(search("كرصيه~"))).contains("2:255", "38:34");
        assertThat(keys(search("كرصيه", "mode=fuzzy"))).contains("2:255");
        assertThat(keys(search("وَٱلتِّينِ", "mode=exact"))).containsExactly("95:1");
        assertThat(search("وَٱلتِّينُ", "mode=exact").get("total_results").asInt()).isZero();
        assertThat(keys(search("كتاب", "mode=stem", "filters=chapter:2", "size=50"))).contains("2:2");
        assertThat(keys(search("qul huwa {ll~ahu >aHadN", "input=buckwalter")).getFirst()).isEqualTo("112:1");
    }

    @Test
    void resolvesNavigationalQueries() {
        assertThat(search("2:255").get("navigation").get(0).get("key").asString()).isEqualTo("2:255");
        for (var query : new String[] {"البقرة", "baqarah", "al-baqara"}) {
            var navigation = http.get("/api/v4/search/navigation?q=" + encode(query)).json().get("navigation");
            assertThat(navigation.get(0).get("key").asString()).as(query).isEqualTo("2");
        }
        for (var query : new String[] {"Yaseen", "يس"}) {
            var navigation = http.get("/api/v4/search/navigation?q=" + encode(query)).json().get("navigation");
            assertThat(navigation.get(0).get("key").asString()).as(query).isEqualTo("36");
        }
        var range = http.get("/api/v4/search/navigation?q=2:255-257").json().get("navigation").get(0);
        assertThat(range.get("last_verse_key").asString()).isEqualTo("2:257");
        var page = http.get("/api/v4/search/navigation?q=" + encode("page 50")).json().get("navigation").get(0);
        assertThat(page.get("result_type").asString()).isEqualTo("page");
        assertThat(page.get("first_verse_key").asString()).isEqualTo("3:1");
    }

    @Test
    void suggestsWordsAndChapterNames() {
        var suggestions = http.get("/api/v4/search/suggest?q=" + encode("الرح")).json().get("suggestions");
        assertThat(suggestions.toString()).contains("الرحمن", "الرحيم");
        var chapters = http.get("/api/v4/search/suggest?q=baq").json().get("suggestions");
        assertThat(chapters.get(0).get("chapter_number").asInt()).isEqualTo(2);
    }

    @Test
    void verifiesAnExactQuoteOverSeveralVerses() {
        var verification = verify("بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ ﴿١﴾ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ ﴿٢﴾");
        assertThat(verification.get("status").asString()).isEqualTo("exact");
        var parts = verification.get("occurrences").get(0).get("parts");
        assertThat(parts.get(0).get("verse_key").asString()).isEqualTo("1:1");
        assertThat(parts.get(1).get("verse_key").asString()).isEqualTo("1:2");
        assertThat(parts.get(1).get("to_word").asInt()).isEqualTo(4);
    }

    @Test
    void verifiesAQuoteWithoutDiacriticsAsNormalised() {
        var verification = verify("قل هو الله أحد الله الصمد");
        assertThat(verification.get("status").asString()).isEqualTo("normalized");
        assertThat(verification.get("occurrences").get(0).get("parts").size()).isEqualTo(2);
    }

    @Test
    void verifiesAQuoteStrippedOfEveryMarkTheDaggerAlefIncludedAsNormalised() {
        // What a tool that deletes all diacritics makes of Uthmani text: ٱلْعَـٰلَمِينَ becomes ٱلعلمين, without the
        // alef Imlaei writes (العالمين). The verse is still the Quran, word for word.
        var verification = verify("ٱلحمد لله رب ٱلعلمين");
        assertThat(verification.get("status").asString()).isEqualTo("normalized");
        var part = verification.get("occurrences").get(0).get("parts").get(0);
        assertThat(part.get("verse_key").asString()).isEqualTo("1:2");
        assertThat(part.get("to_word").asInt()).isEqualTo(4);
        assertThat(verify("وإذ قال ربك للملئكة إني جاعل في الأرض خليفة").get("status").asString())
                .isEqualTo("normalized");
    }

    @Test
    void readsQuotesAndQueriesTypedOnPersianAndUrduKeyboards() {
        // ھ and ہ for heh, ی for yeh: what an Urdu keyboard types for surat al-Ikhlas.
        assertVerifiesAsNormalisedAt("قل ھو اللہ احد اللہ الصمد", "112:1");
        assertFindsWhatArabicLettersFind("الرحمن الرحیم", "الرحمن الرحيم");
    }

    @Test
    void readsPresentationFormsAsTheWordsTheyShape() {
        // Text copied out of PDFs: ﷲ is the divine name in one character, ﻻ is lam-alef, ﷽ the basmala.
        assertVerifiesAsNormalisedAt("قل هو ﷲ أحد ﷲ الصمد", "112:1");
        assertThat(verify("ﷲ ﻻ إله إﻻ هو الحي القيوم").get("status").asString()).isEqualTo("normalized");
        assertThat(verify("﷽").get("occurrences").get(0).get("parts").get(0).get("verse_key").asString())
                .isEqualTo("1:1");
        // ﷺ is the writer's eulogy after the name, not a word of the verse
        assertThat(verify("محمد ﷺ رسول الله").get("occurrences").get(0).get("parts").get(0).get("verse_key")
                .asString()).isEqualTo("48:29");
        assertFindsWhatArabicLettersFind("ﷲ الصمد", "الله الصمد");
    }

    private void assertVerifiesAsNormalisedAt(String quote, String firstVerseKey) {
        var verification = verify(quote);
        assertThat(verification.get("status").asString()).isEqualTo("normalized");
        assertThat(verification.get("occurrences").get(0).get("parts").get(0).get("verse_key").asString())
                .isEqualTo(firstVerseKey);
    }

    private void assertFindsWhatArabicLettersFind(String typed, String arabic) {
        var typedSearch = http.get("/api/v4/search?q=" + encode(typed)).json().get("search");
        var arabicSearch = http.get("/api/v4/search?q=" + encode(arabic)).json().get("search");
        assertThat(typedSearch.get("total_results").asInt()).isPositive()
                .isEqualTo(arabicSearch.get("total_results").asInt());
        assertThat(typedSearch.get("results")).isEqualTo(arabicSearch.get("results"));
    }

    @Test
    void rejectsAQuoteOfMoreWordsThanTheLongestTextHolds() {
        // 2,000 characters, but each ﷽ is four words: 8,000 words to align
        var response = http.send("POST", "/api/v4/verify", "{\"text\": \"" + "﷽ ".repeat(1000) + "\"}",
                "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("at most 2500 words (got 4000)");
    }

    @Test
    void doesNotDropAnAlefTheQuranWritesWhenAcceptingStrippedWords() {
        // قَالَ is written with its alef in every script: قل ("say") in its place is another word.
        var verification = verify("وإذ قل ربك للملئكة إني جاعل في الأرض خليفة");
        assertThat(verification.get("status").asString()).isEqualTo("near_miss");
        assertThat(verification.get("closest").get("diff").toString()).contains("\"changed\"", "2:30:2");
    }

    @Test
    void showsTheClosestPassageOfANearMissWithAWordDiff() {
        var verification = verify("الله لا اله الا هو الحي القيوم لا تاخذه نوم ولا سنة");
        assertThat(verification.get("status").asString()).isEqualTo("near_miss");
        var closest = verification.get("closest");
        assertThat(closest.get("parts").get(0).get("verse_key").asString()).isEqualTo("2:255");
        assertThat(closest.get("diff").toString()).contains("reordered");
        var changed = verify("قل هو الله واحد الله الصمد").get("closest").get("diff").toString();
        assertThat(changed).contains("\"changed\"", "112:1:4");
        var missing = verify("قل هو الله أحد الصمد").get("closest").get("diff").toString();
        assertThat(missing).contains("\"missing\"", "112:2:1");
    }

    private JsonNode verify(String text) {
        var response = http.send("POST", "/api/v4/verify", "{\"text\": \"" + text + "\"}", "Content-Type",
                "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("verification");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=", "q=%20%20", "q=%22unbalanced", "q=*", "q=*rahma", "q=%3Fx", "q=a%01b",
        "q=OR%20mercy", "q=-mercy", "q=chapter:115", "q=juz:0", "q=revelation:paris", "q=mercy~3x",
        "q=mercy&size=1000", "q=mercy&size=0", "q=mercy&page=999999999999", "q=mercy&page=-1",
        "q=mercy&mode=loose", "q=mercy&facets=colour", "q=mercy&highlight=pdf", "q=mercy&filters=colour:red",
        "q=mercy&translations=abc", "q=mercy&language=xx", "q=%FF%FE"})
    void rejectsBadSearchInputWithProblemJson(String params) {
        var response = http.get("/api/v4/search?" + params);
        assertThat(response.status()).as(params + " " + response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).contains("/problems/");
    }

    @Test
    void rejectsAQueryStringThatIsNotUtf8SayingSo() {
        var response = http.get("/api/v4/search?q=%FF%FE");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("UTF-8");
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/v4/search");
    }

    @Test
    void namesTheFacetsInAStableOrder() {
        var response = http.get("/api/v4/search?q=mercy&facets=colour");

        assertThat(response.json().get("detail").asString()).contains("[chapter, hizb, juz, page, revelation]");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void answersAPhraseOfHundredsOfWordsWithoutAServerError(int wordsPerCharacter) {
        // 249 one-letter words fill the 500 characters a query may have; ﷽ is one character for four words
        var words = wordsPerCharacter == 1 ? "ب ".repeat(249).strip() : "﷽".repeat(498);
        var response = http.get("/api/v4/search?q=" + encode("\"" + words + "\""));
        assertThat(response.status()).as(response.body()).isIn(200, 400);
    }

    @Test
    void rejectsAQueryOf10000Characters() {
        var response = http.get("/api/v4/search?q=" + "a".repeat(10_000));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-query");
    }

    @Test
    void rejectsBadVerifyInput() {
        for (var body : new String[] {"{\"text\": \"\"}", "{}", "not json", "{\"text\": \"hello\"}",
            "{\"text\": \"" + "بسم ".repeat(2000) + "\"}"}) {
            var response = http.send("POST", "/api/v4/verify", body, "Content-Type", "application/json");
            assertThat(response.status()).as(body.length() > 50 ? "long text" : body).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/v4/search/navigation?q=").status()).isEqualTo(400);
        assertThat(http.get("/api/v4/search/suggest").status()).isEqualTo(400);
    }

    @Test
    void documentsTheQueryLanguageInTheOpenApiDocument() {
        var docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v4/search", "/api/v4/search/navigation", "/api/v4/search/suggest",
                "/api/v4/verify", "Query language", "sajdah:yes", "buckwalter");
    }

    @Test
    void answersUnderTheContentPrefixToo() {
        assertThat(http.get("/content/api/v4/search?q=mercy").status()).isEqualTo(200);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
