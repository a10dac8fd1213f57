package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.springframework.stereotype.Component;

/**
 * The whole Quran as one sequence of normalised Uthmani words with their places, plus, for each normalised form,
 * where it occurs: the corpus the quote verifier aligns against. A word with a superscript letter has a second
 * form, the word stripped of it ({@link QuranTextNormalizer#normalizeStrippedWord}: العلمين beside العالمين), and
 * a quoted word matches either. A vocative Uthmani word (يَـٰٓأَيُّهَا) gives two entries with the same place.
 * Rebuilt when the content version changes.
 */
@Component
public class QuranWords {

    /**
     * Entry {@code i}: its normalised form, its stripped form (the same string when the word has no superscript
     * letter), verse id, 1-based word position and Uthmani text. Postings list an entry under both its forms.
     */
    public record Corpus(String contentVersion, String[] normalized, String[] stripped, int[] verseIds,
            int[] positions, String[] uthmani, Map<String, int[]> postings) {

        public int size() {
            return normalized.length;
        }

        /** Whether a normalised quoted word is entry {@code i}, in either of its forms. */
        public boolean matches(int i, String word) {
            return normalized[i].equals(word) || stripped[i].equals(word);
        }

        public int[] postings(String word) {
            return postings.getOrDefault(word, new int[0]);
        }
    }

    private final ContentCatalog catalog;
    private volatile Corpus corpus = new Corpus("", new String[0], new String[0], new int[0], new int[0],
            new String[0], Map.of());

    QuranWords(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    public Corpus corpus() {
        var current = corpus;
        if (!current.contentVersion().equals(catalog.contentVersion())) {
            current = build();
            corpus = current;
        }
        return current;
    }

    private Corpus build() {
        var normalized = new ArrayList<String>();
        var stripped = new ArrayList<String>();
        var verseIds = new ArrayList<Integer>();
        var positions = new ArrayList<Integer>();
        var uthmani = new ArrayList<String>();
        for (var verse : catalog.verses(1, catalog.chapters().isEmpty() ? 0 : 6236)) {
            for (var word : verse.words()) {
                var parts = QuranTextNormalizer.normalizeWord(word.textUthmani()).split(" ");
                var strippedParts = QuranTextNormalizer.normalizeStrippedWord(word.textUthmani()).split(" ");
                for (int p = 0; p < parts.length; p++) {
                    normalized.add(parts[p]);
                    stripped.add(strippedParts.length == parts.length ? strippedParts[p] : parts[p]);
                    verseIds.add(verse.id());
                    positions.add(word.position());
                    uthmani.add(word.textUthmani());
                }
            }
        }
        var lists = new HashMap<String, List<Integer>>();
        for (int i = 0; i < normalized.size(); i++) {
            lists.computeIfAbsent(normalized.get(i), k -> new ArrayList<>()).add(i);
            if (!stripped.get(i).equals(normalized.get(i))) {
                lists.computeIfAbsent(stripped.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        var postings = new HashMap<String, int[]>();
        lists.forEach((word, list) -> postings.put(word, list.stream().mapToInt(i -> i).toArray()));
        return new Corpus(catalog.contentVersion(), normalized.toArray(String[]::new), stripped.toArray(String[]::new),
                verseIds.stream().mapToInt(i -> i).toArray(), positions.stream().mapToInt(i -> i).toArray(),
                uthmani.toArray(String[]::new), Map.copyOf(postings));
    }
}
