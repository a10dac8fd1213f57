package org.itqan.quran.search.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.itqan.quran.search.SearchMode;
import org.itqan.quran.search.analysis.QuranAnalyzers;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.itqan.quran.search.index.ParsedQuery.AnyOf;
import org.itqan.quran.search.index.ParsedQuery.Clause;
import org.itqan.quran.search.index.ParsedQuery.Filter;
import org.itqan.quran.search.index.ParsedQuery.Phrase;
import org.itqan.quran.search.index.ParsedQuery.Word;

/**
 * Turns a {@link ParsedQuery} into a Lucene query over the verse index. An Arabic word is looked up in both
 * scripts' fields (so a spelling only Imlaei has still matches); a Latin word in the selected translations' fields,
 * each through its language's analyzer. Multi-term queries are bounded: fuzzy expands to at most 50 terms with a
 * one-letter common prefix, and wildcards need a literal first letter (checked by the parser).
 */
public final class LuceneQueries {

    static final List<String> SCRIPTS = List.of("uthmani", "imlaei");
    private static final int FUZZY_EXPANSIONS = 50;
    private static final QueryBuilder NORMALIZED = new QueryBuilder(QuranAnalyzers.normalized());
    private static final QueryBuilder STEMMED = new QueryBuilder(QuranAnalyzers.stemmed());
    private static final QueryBuilder EXACT = new QueryBuilder(QuranAnalyzers.exact());

    private final SearchMode mode;
    /** Translation field name to the analyzer of its language; only the editions the request selected. */
    private final Map<String, Analyzer> translations;
    /** Whether Arabic words also search the Quran text's fields (not when asking about one translation). */
    private final boolean quranText;

    public LuceneQueries(SearchMode mode, Map<String, Analyzer> translations) {
        this(mode, translations, true);
    }

    private LuceneQueries(SearchMode mode, Map<String, Analyzer> translations, boolean quranText) {
        this.mode = mode;
        this.translations = translations;
        this.quranText = quranText;
    }

    /**
     * Matches the verses whose text in one translation field has any positive word or phrase of the query, compared
     * as the search compares them: which editions a hit matched in, asked of the index instead of re-analysing
     * every edition's text.
     */
    public static Query anyPositiveIn(SearchMode mode, String field, Analyzer analyzer, ParsedQuery query) {
        var queries = new LuceneQueries(mode, Map.of(field, analyzer), false);
        var any = new BooleanQuery.Builder();
        query.positiveLeaves().forEach(leaf -> any.add(queries.clause(leaf), Occur.SHOULD));
        return any.build();
    }

    public Query build(ParsedQuery query) {
        var bool = new BooleanQuery.Builder();
        query.must().forEach(c -> bool.add(clause(c), Occur.MUST));
        query.mustNot().forEach(c -> bool.add(clause(c), Occur.MUST_NOT));
        query.filters().forEach(f -> bool.add(filter(f), Occur.FILTER));
        if (query.must().isEmpty()) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return bool.build();
    }

    public static boolean isArabic(String text) {
        return text.chars().anyMatch(c -> c >= '\u0600' && c <= '\u06FF');
    }

    private Query clause(Clause clause) {
        var any = new BooleanQuery.Builder();
        switch (clause) {
            case AnyOf anyOf -> anyOf.options().forEach(o -> any.add(clause(o), Occur.SHOULD));
            case Phrase phrase -> text(phrase.text(), any);
            case Word word when word.wildcard() -> wildcard(word.text(), any);
            case Word word when word.fuzzy() > 0 || mode == SearchMode.FUZZY -> fuzzy(word, any);
            case Word word -> text(word.text(), any);
        }
        var built = any.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery("no field can match " + clause) : built;
    }

    /** A word or phrase: per field, the analyzer's tokens as a term or a phrase query. */
    private void text(String text, BooleanQuery.Builder any) {
        if (isArabic(text) && quranText) {
            for (var script : SCRIPTS) {
                switch (mode) {
                    case EXACT -> add(any, EXACT.createPhraseQuery("exact_" + script, text), 1);
                    case STEM -> add(any, STEMMED.createPhraseQuery("stem_" + script, text), 1);
                    default -> {
                        add(any, NORMALIZED.createPhraseQuery("norm_" + script, text), 2);
                        add(any, STEMMED.createPhraseQuery("stem_" + script, text), 1);
                    }
                }
            }
        }
        // Urdu is in Arabic script, so an Arabic word also searches it when the request selected it.
        translations.forEach((field, analyzer) -> {
            if (!isArabic(text) || VerseIndex.isArabicScript(field)) {
                add(any, new QueryBuilder(analyzer).createPhraseQuery(field, text), 1);
            }
        });
    }

    private void fuzzy(Word word, BooleanQuery.Builder any) {
        if (isArabic(word.text())) {
            if (!quranText) {
                return;
            }
            var normalized = QuranTextNormalizer.normalizeWord(word.text());
            for (var script : SCRIPTS) {
                add(any, new TermQuery(new Term("norm_" + script, normalized)), 2);
                add(any, new FuzzyQuery(new Term("norm_" + script, normalized), edits(word, normalized), 1,
                        FUZZY_EXPANSIONS, true), 1);
            }
            return;
        }
        translations.forEach((field, analyzer) -> {
            for (var token : VerseIndex.tokens(analyzer, field, word.text())) {
                any.add(new FuzzyQuery(new Term(field, token), edits(word, token), 1, FUZZY_EXPANSIONS, true),
                        Occur.SHOULD);
            }
        });
    }

    private void wildcard(String pattern, BooleanQuery.Builder any) {
        if (isArabic(pattern)) {
            if (!quranText) {
                return;
            }
            var normalized = QuranTextNormalizer.normalizeWord(pattern);
            SCRIPTS.forEach(s -> any.add(new WildcardQuery(new Term("norm_" + s, normalized)), Occur.SHOULD));
            return;
        }
        var folded = VerseIndex.foldLatin(pattern);
        translations.keySet().forEach(f -> any.add(new WildcardQuery(new Term(f, folded)), Occur.SHOULD));
    }

    /** Explicit {@code ~N} wins; otherwise one edit, two for long words (as Lucene's AUTO fuzziness). */
    static int edits(Word word, String term) {
        if (word.fuzzy() > 0) {
            return word.fuzzy();
        }
        return term.length() < 3 ? 0 : term.length() < 6 ? 1 : 2;
    }

    private static void add(BooleanQuery.Builder any, Query query, float boost) {
        if (query != null) {
            any.add(boost == 1 ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    private static Query filter(Filter filter) {
        var any = new BooleanQuery.Builder();
        if (filter.ranges().isEmpty()) {
            filter.values().forEach(v -> any.add(new TermQuery(new Term(filter.field(), v)), Occur.SHOULD));
        }
        filter.ranges().forEach(r -> any.add(IntField.newRangeQuery(filter.field(), r[0], r[1]), Occur.SHOULD));
        return any.build();
    }
}
