package org.itqan.quran.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.itqan.quran.shared.Message;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Verse;
import org.itqan.quran.search.SearchResults.Hit;
import org.itqan.quran.search.SearchResults.TranslationHit;
import org.itqan.quran.search.index.Highlights;
import org.itqan.quran.search.index.LuceneQueries;
import org.itqan.quran.search.index.Navigator;
import org.itqan.quran.search.index.QuoteVerifier;
import org.itqan.quran.search.index.Suggester;
import org.itqan.quran.search.index.ParsedQuery;
import org.itqan.quran.search.index.QueryParser;
import org.itqan.quran.search.index.TermMatcher;
import org.itqan.quran.search.index.VerseIndex;
import org.itqan.quran.search.index.VerseIndex.Edition;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.observability.Metrics;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The search API: full-text search over verses and translations, with the Arabic orthography of the Quran
 * normalised so that Uthmani, Imlaei and undiacritised spellings find each other (see docs/search.md). Each
 * search runs under {@link SearchProperties#timeout()}; a search that runs out of time returns what it collected
 * and says so rather than failing.
 */
@Service
public class VerseSearch {

    /** Lucene's own default: hits are counted exactly while ranking up to this many. */
    private static final int EXACT_COUNT = 1000;

    private final ContentCatalog catalog;
    private final VerseIndex index;
    private final Navigator navigator;
    private final Suggester suggester;
    private final QuoteVerifier verifier;
    private final SearchProperties properties;
    private final MeterRegistry meters;

    VerseSearch(ContentCatalog catalog, VerseIndex index, Navigator navigator, Suggester suggester,
            QuoteVerifier verifier, SearchProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.catalog = catalog;
        this.index = index;
        this.navigator = navigator;
        this.suggester = suggester;
        this.verifier = verifier;
        this.properties = properties;
    }

    /** The content version the answers are computed from; it keys caches of rendered responses. */
    public String contentVersion() {
        return index.snapshot().contentVersion();
    }

    /** Where a navigational query (verse key, range, chapter name or number, page, juz, hizb) leads; may be empty. */
    public List<Navigation> navigate(String query) {
        return navigator.resolve(query);
    }

    /** Completions of a prefix: chapter names first, then Quran words by frequency. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggester.suggest(prefix, limit);
    }

    /**
     * Where a quoted text occurs and whether it is exact; see {@link Verification}.
     *
     * @throws ApiProblem 400 {@code invalid-parameter} for an empty, too long or non-Arabic text
     */
    public Verification verify(String text) {
        if (text.length() > properties.maxVerifyLength()) {
            throw ApiProblem.invalidParameter("text", text, Message.of("expected.at-most-characters-got",
                    properties.maxVerifyLength(), text.length()));
        }
        if (text.chars().anyMatch(c -> c == '\uFFFD' || Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw ApiProblem.invalidParameter("text", text, Message.of("expected.no-control-characters"));
        }
        var words = QuoteVerifier.tokens(text).size();
        if (words == 0) {
            throw ApiProblem.invalidParameter("text", text, Message.of("expected.quran-arabic"));
        }
        // As many words as the longest text holds, one letter and a space each; only ﷽, one character for four
        // words, could give more, and the word alignment's cost grows with the square of the words.
        if (words > properties.maxVerifyLength() / 2) {
            throw ApiProblem.invalidParameter("text", text, Message.of("expected.at-most-words-got",
                    properties.maxVerifyLength() / 2, words));
        }
        return verifier.verify(text);
    }

    /** @throws ApiProblem 400 {@code invalid-query} or {@code invalid-parameter}, 404 for an unknown edition */
    public SearchResults search(SearchRequest request) {
        long started = System.nanoTime();
        var text = request.filters() == null ? request.query() : request.query() + " " + filters(request.filters());
        var parsed = QueryParser.parse(text, request.buckwalter());
        var snapshot = index.snapshot();
        var editions = editions(snapshot.editions(), request);
        var fields = new LinkedHashMap<String, Analyzer>();
        editions.forEach(e -> fields.put(e.field(), e.analyzer()));
        var query = new LuceneQueries(request.mode(), fields).build(parsed);
        var searcher = new IndexSearcher(snapshot.reader());
        searcher.setTimeout(new QueryTimeoutImpl(properties.timeout().toMillis()));
        ScoreDoc[] docs;
        int total;
        try {
            // Only the pages up to this one are ranked. Facets need every hit.
            int wanted = Math.min(Mushaf.VERSES, request.facets().isEmpty() ? request.page() * request.size()
                    : Mushaf.VERSES);
            // Counted exactly up to EXACT_COUNT hits while ranking, and by a second, unscored pass beyond that.
            // Asking the collector for an exact count of every hit would make Lucene score disjunctions in
            // windows of 4,096 per-document buckets, allocated per query: a third of a search's garbage.
            var top = searcher.search(query, new TopScoreDocCollectorManager(wanted, Math.max(wanted, EXACT_COUNT)));
            docs = top.scoreDocs;
            total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? (int) top.totalHits.value()
                    : searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var matcher = new TermMatcher(parsed, request.mode(), fields);
        var hits = new ArrayList<Hit>();
        int from = (request.page() - 1) * request.size();
        int to = Math.min(docs.length, from + request.size());
        boolean requested = !request.translations().isEmpty();
        // Editions nobody asked for are shown only where they matched: the index says where, so only those texts
        // are re-analysed for highlighting.
        var matchedIn = requested || !matcher.hasTranslationTerms() ? Map.<String, Set<Integer>>of()
                : matchedEditions(searcher, editions, parsed, request.mode(), docs, from, to);
        for (int i = from; i < to; i++) {
            var verse = catalog.verse(docs[i].doc + 1); // documents are added in reading order, one per verse
            var highlighted = new ArrayList<Integer>();
            if (matcher.hasArabic()) {
                for (var word : verse.words()) {
                    if (matcher.matchesArabic(word.textUthmani())) {
                        highlighted.add(word.position());
                    }
                }
            }
            hits.add(new Hit(verse, docs[i].score, List.copyOf(highlighted),
                    requested || matcher.hasTranslationTerms()
                            ? translations(docs[i].doc, editions, matcher, requested, matchedIn) : List.of()));
        }
        var elapsed = System.nanoTime() - started;
        Timer.builder(Metrics.SEARCH_LATENCY).description("Time to compute a search (cached answers excluded)")
                .tag("mode", request.mode().name().toLowerCase(java.util.Locale.ROOT))
                .tag("timed_out", Boolean.toString(searcher.timedOut())).publishPercentileHistogram()
                .register(meters).record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
        return new SearchResults(request.query(), total, request.page(), request.size(), List.copyOf(hits),
                facets(docs, request), searcher.timedOut(), elapsed / 1_000_000);
    }

    /** The editions to search: those asked for, else those of the language, else all in Latin script. */
    private List<Edition> editions(Map<Integer, Edition> all, SearchRequest request) {
        if (!request.translations().isEmpty()) {
            return request.translations().stream().map(id -> {
                catalog.resource(ResourceType.TRANSLATION, id); // 404 naming the available ids
                return all.get(id);
            }).toList();
        }
        var language = request.language();
        if (language != null) {
            var matching = all.values().stream().filter(e -> e.resource().languageIso().equals(language)
                    || e.resource().languageName().equalsIgnoreCase(language)).toList();
            if (matching.isEmpty() && !language.equals("ar")) {
                throw ApiProblem.invalidParameter("language", language, Message.of("expected.search-language", all.values().stream().map(e -> e.resource().languageIso()).distinct().sorted().toList()));
            }
            return matching;
        }
        return all.values().stream().filter(e -> !VerseIndex.isArabicScript(e.field())).toList();
    }

    /** For each edition, which of the page's hits (documents) have a positive word of the query in it. */
    private static Map<String, Set<Integer>> matchedEditions(IndexSearcher searcher, List<Edition> editions,
            ParsedQuery parsed, SearchMode mode, ScoreDoc[] docs, int from, int to) {
        var page = new int[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            page[i - from] = docs[i].doc;
        }
        Arrays.sort(page); // iterators only move forward
        var leaves = searcher.getIndexReader().leaves();
        var matched = new HashMap<String, Set<Integer>>();
        try {
            for (var edition : editions) {
                var query = searcher.rewrite(LuceneQueries.anyPositiveIn(mode, edition.field(), edition.analyzer(),
                        parsed));
                var weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
                var found = new HashSet<Integer>();
                int leafIndex = -1;
                DocIdSetIterator iterator = null;
                for (int doc : page) {
                    int leaf = ReaderUtil.subIndex(doc, leaves);
                    if (leaf != leafIndex) {
                        leafIndex = leaf;
                        var scorer = weight.scorer(leaves.get(leaf));
                        iterator = scorer == null ? null : scorer.iterator();
                    }
                    int target = doc - leaves.get(leaf).docBase;
                    if (iterator != null && (iterator.docID() == target
                            || iterator.docID() < target && iterator.advance(target) == target)) {
                        found.add(doc);
                    }
                }
                matched.put(edition.field(), found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matched;
    }

    private static List<TranslationHit> translations(int doc, List<Edition> editions, TermMatcher matcher,
            boolean requested, Map<String, Set<Integer>> matchedIn) {
        var hits = new ArrayList<TranslationHit>();
        for (var edition : editions) {
            if (!requested && !matchedIn.getOrDefault(edition.field(), Set.of()).contains(doc)) {
                continue;
            }
            var text = edition.text(doc + 1);
            if (text != null) {
                var html = Highlights.translation(edition, text, matcher);
                boolean matched = html.contains("<em>");
                if (requested || matched) {
                    hits.add(new TranslationHit(edition.resource(), text, html, matched));
                }
            }
        }
        return hits;
    }

    private Map<String, Map<String, Integer>> facets(ScoreDoc[] docs, SearchRequest request) {
        var facets = new TreeMap<String, Map<String, Integer>>();
        for (var facet : request.facets()) {
            var counts = new TreeMap<String, Integer>((a, b) -> a.length() != b.length()
                    ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
            for (var doc : docs) {
                counts.merge(facetValue(facet, catalog.verse(doc.doc + 1)), 1, Integer::sum);
            }
            facets.put(facet, counts);
        }
        return facets;
    }

    private String facetValue(String facet, Verse verse) {
        return switch (facet) {
            case "chapter" -> String.valueOf(verse.chapterId());
            case "juz" -> String.valueOf(verse.juzNumber());
            case "page" -> String.valueOf(verse.pageNumber());
            case "hizb" -> String.valueOf(verse.hizbNumber());
            default -> catalog.chapter(verse.chapterId()).revelationPlace().startsWith("mad") ? "medinan" : "meccan";
        };
    }

    /** The {@code filters} parameter: filter terms separated by spaces or semicolons, nothing else. */
    private static String filters(String raw) {
        for (var part : raw.split("[\\s;]+")) {
            if (!part.isEmpty() && !part.matches("(chapter|juz|page|hizb|revelation|sajdah):\\S+")) {
                throw ApiProblem.invalidParameter("filters", raw,
                        Message.of("expected.filters"));
            }
        }
        return raw.replace(';', ' ');
    }
}
