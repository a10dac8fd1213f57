package org.itqan.quran.search.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SearchGraphQlIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void searchesVersesAndTranslationsWithHighlights() {
        var data = new GraphQl(port).data("""
                { arabic: search(query: "الرحمن الرحيم", size: 2) { totalResults hits { verse { verseKey }
                    highlightedWords } }
                  english: search(query: "merciful", translations: [20], size: 1) { totalPages
                    hits { translations { resource { id } highlighted matched } } } }""");
        var arabic = data.get("arabic");
        assertThat(arabic.get("totalResults").asInt()).isPositive();
        assertThat(arabic.get("hits").get(0).get("highlightedWords").size()).isPositive();
        var translation = data.get("english").get("hits").get(0).get("translations").get(0);
        assertThat(translation.get("resource").get("id").asInt()).isEqualTo(20);
        assertThat(translation.get("highlighted").asString()).contains("<em>");
        assertThat(translation.get("matched").asBoolean()).isTrue();
    }

    @Test
    void boundsThePageSizeAsRestDoes() {
        var error = new GraphQl(port).error("{ search(query: \"light\", size: 99) { totalResults } }");
        assertThat(error.get("extensions").get("type").asString()).endsWith("/problems/invalid-parameter");
        assertThat(error.get("extensions").get("parameter").asString()).isEqualTo("size");
    }

    @Test
    void suggestsChapterNamesAndWordsForAPrefix() {
        var data = new GraphQl(port).data("{ suggest(prefix: \"البقر\", limit: 5) }");

        assertThat(data.get("suggest").size()).isBetween(1, 5);
        assertThat(data.get("suggest").get(0).asString()).isEqualTo("البقرة");
    }

    @Test
    void boundsThePageAndTheSuggestionLimit() {
        var graphQl = new GraphQl(port);

        var page = graphQl.error("{ search(query: \"light\", page: 0) { totalResults } }");
        assertThat(page.get("extensions").get("parameter").asString()).isEqualTo("page");

        var limit = graphQl.error("{ suggest(prefix: \"ال\", limit: 51) }");
        assertThat(limit.get("extensions").get("type").asString()).endsWith("/problems/invalid-parameter");
        assertThat(limit.get("extensions").get("parameter").asString()).isEqualTo("limit");
    }

    @Test
    void readsAnExplicitNullAsTheArgumentsDefault() {
        var graphQl = new GraphQl(port);
        var explicit = graphQl.data("""
                { search(query: "الرحمن", mode: null, translations: null, page: null, size: null) {
                    page size totalResults hits { verse { verseKey } } }
                  suggest(prefix: "ال", limit: null) }""");
        var defaults = graphQl.data("""
                { search(query: "الرحمن") { page size totalResults hits { verse { verseKey } } }
                  suggest(prefix: "ال") }""");
        assertThat(explicit).isEqualTo(defaults);
        assertThat(explicit.get("search").get("page").asInt()).isEqualTo(1);
        assertThat(explicit.get("search").get("size").asInt()).isEqualTo(20);
        assertThat(explicit.get("suggest").size()).isEqualTo(10);
    }
}
