package org.itqan.quran.search;

import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Resource;
import org.itqan.quran.content.Verse;

/**
 * One page of search results, best first (BM25; ties in reading order), with the total over all pages and the
 * requested facet counts (facet name to value to verses) over all matching verses.
 */
public record SearchResults(String query, int totalResults, int page, int size, List<Hit> hits,
        Map<String, Map<String, Integer>> facets, boolean timedOut, long tookMillis) {

    public int totalPages() {
        return (totalResults + size - 1) / size;
    }

    /** A matching verse; {@code highlighted} are the 1-based positions of the Uthmani words that answer the query. */
    public record Hit(Verse verse, float score, List<Integer> highlighted, List<TranslationHit> translations) {
    }

    /** A translation of the verse; {@code highlighted} is its text as HTML with the matching words in em. */
    public record TranslationHit(Resource resource, String text, String highlighted, boolean matched) {
    }
}
