package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.itqan.quran.search.SearchMode;
import org.itqan.quran.search.analysis.QuranAnalyzers;
import org.itqan.quran.search.analysis.QuranNormalizationFilter;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.itqan.quran.search.index.ParsedQuery.Phrase;
import org.itqan.quran.search.index.ParsedQuery.Word;

/**
 * Decides which words of a hit to highlight: the positive words of the query, compared the way the mode compares
 * them. Words of a phrase are highlighted wherever they occur in a matching verse, not only inside the phrase.
 */
public final class TermMatcher {

    private final SearchMode mode;
    private final Set<String> arabic = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final Set<String> latin = new HashSet<>();
    private final List<CharacterRunAutomaton> arabicPatterns = new ArrayList<>();
    private final List<CharacterRunAutomaton> latinPatterns = new ArrayList<>();

    public TermMatcher(ParsedQuery query, SearchMode mode, Map<String, Analyzer> translations) {
        this.mode = mode;
        for (var leaf : query.positiveLeaves()) {
            var words = switch (leaf) {
                case Phrase phrase -> phrase.words().stream().map(w -> new Word(w, 0, false)).toList();
                case Word word -> List.of(word);
                default -> List.<Word>of();
            };
            words.forEach(w -> add(w, translations));
        }
    }

    private void add(Word word, Map<String, Analyzer> translations) {
        boolean fuzzy = word.fuzzy() > 0 || mode == SearchMode.FUZZY;
        if (LuceneQueries.isArabic(word.text())) {
            var normalized = QuranTextNormalizer.normalizeWord(word.text());
            if (word.wildcard()) {
                arabicPatterns.add(wildcard(normalized));
            } else if (fuzzy) {
                arabicPatterns.add(levenshtein(normalized, LuceneQueries.edits(word, normalized)));
            } else if (mode == SearchMode.EXACT) {
                arabic.add(QuranNormalizationFilter.exactForm(word.text()));
            } else {
                List.of(normalized.split(" ")).forEach(w -> {
                    arabic.add(w);
                    stems.add(stem(w));
                });
            }
        }
        if (word.wildcard()) {
            latinPatterns.add(wildcard(VerseIndex.foldLatin(word.text())));
            return;
        }
        boolean arabicWord = LuceneQueries.isArabic(word.text());
        translations.forEach((field, analyzer) -> {
            if (arabicWord && !VerseIndex.isArabicScript(field)) {
                return;
            }
            for (var token : VerseIndex.tokens(analyzer, field, word.text())) {
                latin.add(token);
                if (fuzzy) {
                    latinPatterns.add(levenshtein(token, LuceneQueries.edits(word, token)));
                }
            }
        });
    }

    /** Whether the query has any Arabic word, i.e. whether {@link #matchesArabic} can ever be true. */
    public boolean hasArabic() {
        return !arabic.isEmpty() || !arabicPatterns.isEmpty();
    }

    /** Whether the query has any word a translation can match. */
    public boolean hasTranslationTerms() {
        return !latin.isEmpty() || !latinPatterns.isEmpty();
    }

    /** Whether a word of the Uthmani text (as written, with its marks) answers the query. */
    public boolean matchesArabic(String uthmaniWord) {
        if (mode == SearchMode.EXACT && !arabic.isEmpty()) {
            return arabic.contains(QuranNormalizationFilter.exactForm(uthmaniWord));
        }
        // get first: computeIfAbsent locks the word's bin unless the word is its first entry.
        var analysed = ANALYSED.get(uthmaniWord);
        if (analysed == null) {
            analysed = ANALYSED.computeIfAbsent(uthmaniWord, TermMatcher::analyse);
        }
        for (int i = 0; i < analysed.length; i += 2) {
            if (arabic.contains(analysed[i]) || stems.contains(analysed[i + 1])) {
                return true;
            }
            for (var pattern : arabicPatterns) {
                if (pattern.run(analysed[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Normalised parts and their stems, alternating; the Quran has about 20,000 distinct Uthmani word forms. */
    private static String[] analyse(String uthmaniWord) {
        var parts = QuranTextNormalizer.normalizeWord(uthmaniWord).split(" ");
        var analysed = new String[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            analysed[2 * i] = parts[i];
            var stems = VerseIndex.tokens(STEMMER, "stem", parts[i]);
            analysed[2 * i + 1] = stems.isEmpty() ? "" : stems.getFirst();
        }
        return analysed;
    }

    /** Whether a token (as the translation's analyzer made it) answers the query. */
    public boolean matchesTranslation(String token) {
        if (latin.contains(token)) {
            return true;
        }
        for (var pattern : latinPatterns) { // a loop, not a stream: this runs for every word of every translation
            if (pattern.run(token)) {
                return true;
            }
        }
        return false;
    }

    private String stem(String normalized) {
        if (mode == SearchMode.EXACT) {
            return "\u0000";
        }
        var tokens = VerseIndex.tokens(STEMMER, "stem", normalized);
        return tokens.isEmpty() ? "" : tokens.getFirst();
    }

    private static final Analyzer STEMMER = QuranAnalyzers.stemmed();
    /** Bounded by the Quran's vocabulary: only words of the Uthmani text are ever looked up. */
    private static final Map<String, String[]> ANALYSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static CharacterRunAutomaton wildcard(String pattern) {
        return new CharacterRunAutomaton(WildcardQuery.toAutomaton(new Term("", pattern),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    private static CharacterRunAutomaton levenshtein(String term, int edits) {
        return new CharacterRunAutomaton(new LevenshteinAutomata(term, true).toAutomaton(Math.max(edits, 0)));
    }
}
