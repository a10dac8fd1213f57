package org.itqan.quran.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.itqan.quran.search.index.ParsedQuery.AnyOf;
import org.itqan.quran.search.index.ParsedQuery.Phrase;
import org.itqan.quran.search.index.ParsedQuery.Word;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTests {

    private static ParsedQuery parse(String query) {
        return QueryParser.parse(query, false);
    }

    @Test
    void readsPlainWordsAsAllRequired() {
        assertThat(parse("الحمد لله").must()).containsExactly(new Word("الحمد", 0, false), new Word("لله", 0, false));
    }

    @Test
    void readsQuotedPhrases() {
        assertThat(parse("\"قل هو الله احد\" mercy").must()).containsExactly(
                new Phrase(List.of("قل", "هو", "الله", "احد")), new Word("mercy", 0, false));
    }

    @Test
    void readsOrAndPipeAsAlternatives() {
        var expected = new AnyOf(List.of(new Word("الفلق", 0, false), new Word("الناس", 0, false)));
        assertThat(parse("الفلق OR الناس").must()).containsExactly(expected);
        assertThat(parse("الفلق | الناس").must()).containsExactly(expected);
        assertThat(parse("الفلق|الناس").must()).containsExactly(expected);
    }

    @Test
    void readsExclusions() {
        var query = parse("الكرسي -سليمان -\"ملك سليمان\"");
        assertThat(query.mustNot()).containsExactly(new Word("سليمان", 0, false),
                new Phrase(List.of("ملك", "سليمان")));
    }

    @Test
    void readsWildcardsAndFuzzyWords() {
        assertThat(parse("رحم* mercy~ رحمه~2").must()).containsExactly(new Word("رحم*", 0, true),
                new Word("mercy", 1, false), new Word("رحمه", 2, false));
    }

    @Test
    void readsFiltersWithRangesAndAlternatives() {
        var filters = parse("الله chapter:2-5 juz:30 revelation:meccan|medinan sajdah:yes").filters();
        assertThat(filters).hasSize(4);
        assertThat(filters.get(0).ranges().get(0)).containsExactly(2, 5);
        assertThat(filters.get(2).values()).containsExactly("meccan", "medinan");
        assertThat(filters.get(3).values()).containsExactly("yes");
    }

    @Test
    void convertsBuckwalterWordsToArabic() {
        // alef wasla, lam, lam, shadda, fatha, heh, damma
        assertThat(QueryParser.parse("{ll~ahu", true).must())
                .containsExactly(new Word("\u0671\u0644\u0644\u0651\u064E\u0647\u064F", 0, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"unbalanced", "a \"b", "*", "**?", "*rahma", "?abc", "a\u0001b",
        "bad\uFFFDtext", "OR mercy", "mercy OR", "mercy OR OR grace", "-mercy", "chapter:115", "juz:0-3",
        "page:605", "hizb:2-1", "revelation:rome", "sajdah:maybe", "mercy~3", "رحم*~", "\"\""})
    void rejectsMalformedQueries(String query) {
        assertThatThrownBy(() -> parse(query)).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.type()).isEqualTo(ProblemType.INVALID_QUERY));
    }

    @Test
    void boundsLengthAndParts() {
        assertThatThrownBy(() -> parse("a".repeat(10_000))).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> parse("a ".repeat(17))).isInstanceOf(ApiProblem.class);
        assertThat(parse("a ".repeat(16)).must()).hasSize(16);
    }
}
