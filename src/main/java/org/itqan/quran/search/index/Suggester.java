package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.search.Suggestion;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.springframework.stereotype.Component;

/**
 * Completes prefixes: Arabic words of the Quran, compared normalised (so أ/ا and diacritics do not matter) and
 * shown in their most frequent Imlaei (Simple-Clean) spelling, most frequent first; and chapter names, in Arabic or
 * transliteration. The vocabulary (about 17,000 forms) is a sorted map rebuilt when the content version changes.
 */
@Component
public class Suggester {

    private record Entry(String display, int count) {
    }

    private record Vocabulary(String contentVersion, TreeMap<String, Entry> words) {
    }

    private final ContentCatalog catalog;
    private volatile Vocabulary vocabulary = new Vocabulary("", new TreeMap<>());

    Suggester(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        var text = prefix.strip();
        if (text.isEmpty() || text.length() > 50) {
            return List.of();
        }
        var suggestions = new ArrayList<Suggestion>();
        var chapters = catalog.chapters();
        var names = ChapterNames.names(chapters);
        boolean arabic = LuceneQueries.isArabic(text);
        var key = arabic ? ChapterNames.arabicKey(text) : ChapterNames.latinKey(text);
        for (int i = 0; i < chapters.size(); i++) {
            var chapter = chapters.get(i);
            boolean matches = !key.isEmpty() && names.get(i).stream().anyMatch(k -> k.startsWith(key));
            if (matches && suggestions.size() < limit) {
                suggestions.add(new Suggestion("chapter", arabic ? chapter.nameArabic() : chapter.nameSimple(), 0,
                        chapter.id()));
            }
        }
        if (LuceneQueries.isArabic(text)) {
            var normalized = QuranTextNormalizer.normalize(text);
            var words = vocabulary().words().subMap(normalized, normalized + Character.MAX_VALUE);
            words.values().stream().sorted(Comparator.comparingInt(Entry::count).reversed())
                    .limit(Math.max(0, limit - suggestions.size()))
                    .forEach(e -> suggestions.add(new Suggestion("word", e.display(), e.count(), null)));
        }
        return suggestions;
    }

    private Vocabulary vocabulary() {
        var current = vocabulary;
        if (!current.contentVersion().equals(catalog.contentVersion())) {
            current = build();
            vocabulary = current;
        }
        return current;
    }

    private Vocabulary build() {
        var spellings = new HashMap<String, Map<String, Integer>>();
        for (var verse : catalog.verses(1, catalog.chapters().isEmpty() ? 0 : 6236)) {
            for (var word : verse.textImlaeiSimple().split(" ")) {
                var normalized = QuranTextNormalizer.normalizeWord(word);
                if (!normalized.isEmpty() && normalized.indexOf(' ') < 0) {
                    spellings.computeIfAbsent(normalized, k -> new HashMap<>()).merge(word, 1, Integer::sum);
                }
            }
        }
        var words = new TreeMap<String, Entry>();
        spellings.forEach((normalized, forms) -> {
            var top = forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            words.put(normalized, new Entry(top.getKey(), forms.values().stream().mapToInt(i -> i).sum()));
        });
        return new Vocabulary(catalog.contentVersion(), words);
    }
}
