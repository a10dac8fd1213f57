package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.itqan.quran.content.Chapter;
import org.itqan.quran.search.analysis.QuranTextNormalizer;

/**
 * Matches what people type for a chapter name against Tanzil's Arabic names, transliterations and English names.
 * Transliterations are reduced to a key that ignores the article, hyphens, doubled letters, ee/oo for i/u and a
 * final h, so {@code al-baqara}, {@code Baqarah} and {@code البقرة} all name chapter 2, and {@code Yaseen},
 * {@code yasin} and {@code يس} chapter 36. Remaining differences of one letter (two for long names) are forgiven.
 */
final class ChapterNames {

    private static final Pattern PREFIX = Pattern.compile("^(surah|surat|sura|soorah|chapter)\\s+");
    private static final Pattern ARTICLE = Pattern.compile("^(aal|al|an|ar|as|at|ad|adh|az|ash|ath|el)[- ]");
    private static final String ARABIC_PREFIX = "سوره ";

    private ChapterNames() {
    }

    record Match(Chapter chapter, int distance) {
    }

    static List<Match> match(List<Chapter> chapters, String query) {
        var text = query.strip().toLowerCase(Locale.ROOT);
        boolean arabic = LuceneQueries.isArabic(text);
        // An Arabic query is compared with the Arabic names only, a Latin one with the Latin names (see keys(Chapter)).
        var names = arabic ? cached(chapters).arabic() : cached(chapters).latin();
        var best = new int[chapters.size()];
        Arrays.fill(best, Integer.MAX_VALUE);
        var keys = keys(text, arabic);
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isEmpty() && (i == 0 || !keys.get(i).equals(keys.get(0)))) {
                names.match(keys.get(i), best);
            }
        }
        var matches = new ArrayList<Match>();
        for (int i = 0; i < best.length; i++) {
            if (best[i] < Integer.MAX_VALUE) {
                matches.add(new Match(chapters.get(i), best[i]));
            }
        }
        matches.sort(CLOSEST_FIRST);
        return matches;
    }

    private static final Comparator<Match> CLOSEST_FIRST = Comparator.comparingInt(Match::distance)
            .thenComparingInt(m -> m.chapter().id());

    /** Keys of a chapter: its Arabic name first, then its transliteration and English name, reduced. */
    static List<String> keys(Chapter chapter) {
        return List.of(arabicKey(chapter.nameArabic()), latinKey(chapter.nameSimple()),
                latinKey(chapter.nameEnglish().replaceFirst("^The ", "")));
    }

    /**
     * The keys of every chapter, computed once per chapter list (a content version has one). Held by the identity
     * of the list: hashing 114 records with all their fields on every query cost more than the match itself.
     */
    static List<List<String>> names(List<Chapter> chapters) {
        return cached(chapters).keys();
    }

    private static Names cached(List<Chapter> chapters) {
        var cached = names;
        if (cached == null || cached.chapters() != chapters) {
            var keys = chapters.stream().map(ChapterNames::keys).toList();
            cached = new Names(chapters, keys, new NameIndex(keys, 0, 1), new NameIndex(keys, 1, 3));
            names = cached;
        }
        return cached;
    }

    private record Names(List<Chapter> chapters, List<List<String>> keys, NameIndex arabic, NameIndex latin) {
    }

    /**
     * The name keys of one script (keys {@code from} to {@code to} of each chapter), indexed so that a query key is
     * compared only with the names that can match it: those whose length is within two of its own (an edit
     * distance of at most two needs that) and those it begins. Comparing it with all 114 chapters' names was
     * a tenth of a computed search.
     */
    private static final class NameIndex {

        private final List<List<Name>> byLength = new ArrayList<>();
        private final Name[] sorted;

        NameIndex(List<List<String>> keys, int from, int to) {
            var all = new ArrayList<Name>();
            for (int chapter = 0; chapter < keys.size(); chapter++) {
                for (var key : keys.get(chapter).subList(from, to)) {
                    if (!key.isEmpty()) {
                        all.add(new Name(key, chapter));
                    }
                }
            }
            for (var name : all) {
                while (byLength.size() <= name.name.length()) {
                    byLength.add(new ArrayList<>());
                }
                byLength.get(name.name.length()).add(name);
            }
            sorted = all.stream().sorted(Comparator.comparing(n -> n.name)).toArray(Name[]::new);
        }

        /** Lowers {@code best[chapter]} to the distance of {@code key} to each of the chapter's names it matches. */
        void match(String key, int[] best) {
            int allowed = Name.allowedEdits(key);
            for (int length = Math.max(1, key.length() - allowed); length <= key.length() + allowed
                    && length < byLength.size(); length++) {
                for (var name : byLength.get(length)) {
                    best[name.chapter] = Math.min(best[name.chapter], name.distance(key));
                }
            }
            if (key.length() >= 3) {
                // The names key begins sort from key on, together.
                int low = 0;
                int high = sorted.length;
                while (low < high) {
                    int middle = (low + high) >>> 1;
                    if (sorted[middle].name.compareTo(key) < 0) {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
                for (int i = low; i < sorted.length && sorted[i].name.startsWith(key); i++) {
                    best[sorted[i].chapter] = Math.min(best[sorted[i].chapter], sorted[i].distance(key));
                }
            }
        }
    }

    private static volatile @org.jspecify.annotations.Nullable Names names;

    private static List<String> keys(String text, boolean arabic) {
        if (arabic) {
            return List.of(arabicKey(text));
        }
        var withoutPrefix = PREFIX.matcher(text).replaceFirst("");
        return List.of(latinKey(withoutPrefix), reduce(withoutPrefix));
    }

    static String arabicKey(String name) {
        var normalized = QuranTextNormalizer.normalize(name);
        if (normalized.startsWith(ARABIC_PREFIX)) {
            normalized = normalized.substring(ARABIC_PREFIX.length());
        }
        return normalized.startsWith("ال") && normalized.length() > 3 ? normalized.substring(2) : normalized;
    }

    static String latinKey(String name) {
        return reduce(ARTICLE.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst(""));
    }

    private static String reduce(String text) {
        var letters = text.replaceAll("[^a-z]", "").replace("ee", "i").replace("oo", "u").replace("ou", "u");
        var out = new StringBuilder();
        for (char c : letters.toCharArray()) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        int last = out.length() - 1;
        if (last > 2 && out.charAt(last) == 'h' && "aeiu".indexOf(out.charAt(last - 1)) >= 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * A chapter's name key with its Levenshtein automata, built on first need and then kept with the chapter list.
     * Edit distance is symmetric, so running the name's automaton over the query answers the same question as the
     * query's automaton over the name, without building an automaton for every query.
     */
    private static final class Name {

        private final String name;
        private final int chapter;
        private final AtomicReferenceArray<CharacterRunAutomaton> automata = new AtomicReferenceArray<>(2);

        Name(String name, int chapter) {
            this.name = name;
            this.chapter = chapter;
        }

        static int allowedEdits(String key) {
            return key.length() >= 8 ? 2 : key.length() >= 4 ? 1 : 0;
        }

        private CharacterRunAutomaton automaton(int edits) {
            var automaton = automata.get(edits - 1);
            if (automaton == null) {
                // Transpositions count as one edit, as in Lucene's fuzzy queries. Two threads may both build it:
                // the automata are equal, and either may stay.
                automaton = new CharacterRunAutomaton(new LevenshteinAutomata(name, true).toAutomaton(edits));
                automata.set(edits - 1, automaton);
            }
            return automaton;
        }

        /**
         * 0 exact, 1-2 edits (two only for query keys of 8 letters or more, one from 4), 3 when the query is a
         * prefix of the name of at least 3 letters; MAX_VALUE no match.
         */
        int distance(String key) {
            if (name.isEmpty()) {
                return Integer.MAX_VALUE;
            }
            if (key.equals(name)) {
                return 0;
            }
            int allowed = allowedEdits(key);
            // An edit distance of at most 2 needs lengths within 2 of each other: skip the automata otherwise.
            if (Math.abs(key.length() - name.length()) <= allowed) {
                for (int edits = 1; edits <= allowed; edits++) {
                    if (automaton(edits).run(key)) {
                        return edits;
                    }
                }
            }
            return key.length() >= 3 && name.startsWith(key) ? 3 : Integer.MAX_VALUE;
        }
    }
}
