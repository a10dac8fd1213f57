package org.itqan.quran.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Verse;
import org.itqan.quran.content.Word;
import org.itqan.quran.search.SearchResults;
import org.itqan.quran.shared.VerseKey;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The streamed response must stay valid JSON whatever a corrected word contains. */
class SearchJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesWordsAsJsonWithTheirHighlightFlags() {
        var body = render(List.of(new Word(1, 1, "بِسْمِ"), new Word(2, 2, "ٱللَّهِ")), List.of(2));

        var words = words(body);
        assertThat(words).hasSize(2);
        assertThat(words.get(0)).containsEntry("position", 1).containsEntry("location", "1:1:1")
                .containsEntry("text", "بِسْمِ").containsEntry("char_type", "word").containsEntry("highlight", false);
        assertThat(words.get(1)).containsEntry("text", "ٱللَّهِ").containsEntry("highlight", true);
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInWordText() {
        var tricky = "a\"b\\c\u0001d";

        var words = words(render(List.of(new Word(1, 1, tricky)), List.of()));

        assertThat(words.get(0)).containsEntry("text", tricky);
    }

    private String render(List<Word> words, List<Integer> highlighted) {
        var text = String.join(" ", words.stream().map(Word::textUthmani).toList());
        var verse = new Verse(1, VerseKey.parse("1:1"), 1, 1, 1, 1, 1, 1, null, text, text, text, null, words);
        var results = new SearchResults("q", 1, 1, 20, List.of(new SearchResults.Hit(verse, 1f, highlighted,
                List.of())), Map.of(), false, 0);
        return new String(SearchJson.search(json, results, true, List.of()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> words(String body) {
        var search = (Map<String, Object>) json.readValue(body, Map.class).get("search");
        var hit = ((List<Map<String, Object>>) search.get("results")).get(0);
        return (List<Map<String, Object>>) hit.get("words");
    }
}
