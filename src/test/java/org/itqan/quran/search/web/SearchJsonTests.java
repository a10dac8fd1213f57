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

/** The streamed response: valid JSON whatever a corrected word contains, highlights at the right words. */
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

    @Test
    void highlightsTheWordsAtTheirPositionsNotCountingPauseMarksAndKeepsTheRestByteForByte() {
        // 2:2 has a pair of embracing pause marks (U+06DB): signs between words, not words, so فِيهِ is word 5.
        var text = "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ";
        var words = List.of(new Word(1, 1, "ذَٰلِكَ"), new Word(2, 2, "ٱلْكِتَٰبُ"), new Word(3, 3, "لَا"),
                new Word(4, 4, "رَيْبَ"), new Word(5, 5, "فِيهِ"), new Word(6, 6, "هُدًى"),
                new Word(7, 7, "لِّلْمُتَّقِينَ"));

        var hit = hit(render(text, words, List.of(1, 5)));

        var expected = "<em>ذَٰلِكَ</em> ٱلْكِتَٰبُ لَا رَيْبَ ۛ <em>فِيهِ</em> ۛ هُدًى لِّلْمُتَّقِينَ";
        assertThat(hit).containsEntry("text", expected).containsEntry("highlighted", expected);
    }

    @Test
    void aHitWithoutHighlightsKeepsItsTextAndHasNoHighlightedText() {
        var words = List.of(new Word(1, 1, "بِسْمِ"), new Word(2, 2, "ٱللَّهِ"));

        var hit = hit(render("بِسْمِ ٱللَّهِ", words, List.of()));

        assertThat(hit).containsEntry("text", "بِسْمِ ٱللَّهِ").containsEntry("highlighted", null);
    }

    private String render(List<Word> words, List<Integer> highlighted) {
        return render(String.join(" ", words.stream().map(Word::textUthmani).toList()), words, highlighted);
    }

    private String render(String text, List<Word> words, List<Integer> highlighted) {
        var verse = new Verse(1, VerseKey.parse("1:1"), 1, 1, 1, 1, 1, 1, null, text, text, text, null, words);
        var results = new SearchResults("q", 1, 1, 20, List.of(new SearchResults.Hit(verse, 1f, highlighted,
                List.of())), Map.of(), false, 0);
        return new String(SearchJson.search(json, results, true, List.of()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> words(String body) {
        return (List<Map<String, Object>>) hit(body).get("words");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> hit(String body) {
        var search = (Map<String, Object>) json.readValue(body, Map.class).get("search");
        return ((List<Map<String, Object>>) search.get("results")).get(0);
    }
}
