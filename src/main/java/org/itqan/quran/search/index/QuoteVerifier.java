package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.search.Verification;
import org.itqan.quran.search.Verification.Occurrence;
import org.itqan.quran.search.Verification.Part;
import org.itqan.quran.search.analysis.PresentationForms;
import org.itqan.quran.search.analysis.QuranNormalizationFilter;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.itqan.quran.shared.VerseKey;
import org.springframework.stereotype.Component;

/**
 * Verifies a quote: reads its Arabic words (verse numbers, brackets and punctuation are ignored), looks for every
 * place the normalised word sequence occurs in the Quran, and checks each verse part byte-for-byte (diacritics
 * included) against the Uthmani and Imlaei texts. When the quote occurs nowhere, it finds the passage sharing the
 * most words on one diagonal and aligns the two word by word ({@link WordDiff}).
 */
@Component
public class QuoteVerifier {

    static final int MAX_OCCURRENCES = 20;
    /** Words this frequent carry no information about where a quote is, and would make voting slow. */
    private static final int MAX_POSTINGS = 1500;

    record InputWord(String normalized, int token) {
    }

    private final ContentCatalog catalog;
    private final QuranWords words;

    QuoteVerifier(ContentCatalog catalog, QuranWords words) {
        this.catalog = catalog;
        this.words = words;
    }

    /** The quote's raw tokens, Arabic only, presentation forms decomposed ({@link PresentationForms}). */
    public static List<String> tokens(String text) {
        var cleaned = PresentationForms.fold(text)
                .replaceAll("[^\\u0621-\\u065F\\u0670-\\u06D3\\u06D6-\\u06DC\\u06DF-\\u06ED]+", " ");
        return List.of(cleaned.strip().split(" +")).stream().filter(t -> !t.isEmpty()
                && !QuranNormalizationFilter.exactForm(t).isEmpty()).toList();
    }

    public Verification verify(String text) {
        var corpus = words.corpus();
        var tokens = tokens(text);
        var input = new ArrayList<InputWord>();
        for (int t = 0; t < tokens.size(); t++) {
            for (var part : QuranTextNormalizer.normalizeWord(tokens.get(t)).split(" ")) {
                input.add(new InputWord(part, t));
            }
        }
        if (input.isEmpty()) {
            return new Verification("not_found", 0, List.of(), null);
        }
        var occurrences = new ArrayList<Occurrence>();
        int anchor = IntStream.range(0, input.size()).boxed()
                .min(Comparator.comparingInt(i -> corpus.postings(input.get(i).normalized()).length)).orElseThrow();
        for (int g : corpus.postings(input.get(anchor).normalized())) {
            int start = g - anchor;
            if (start >= 0 && start + input.size() <= corpus.size() && matchesAt(corpus, input, start)
                    && occurrences.size() < MAX_OCCURRENCES) {
                occurrences.add(occurrence(corpus, tokens, input, start));
            }
        }
        if (!occurrences.isEmpty()) {
            boolean exact = occurrences.stream().anyMatch(Occurrence::exact);
            return new Verification(exact ? "exact" : "normalized", tokens.size(), occurrences, null);
        }
        int start = bestDiagonal(corpus, input);
        if (start < 0) {
            return new Verification("not_found", tokens.size(), List.of(), null);
        }
        var closest = WordDiff.align(corpus, input.stream().map(InputWord::normalized).toList(), tokens,
                input.stream().mapToInt(InputWord::token).toArray(), start);
        return new Verification(closest.similarity() >= 0.5 ? "near_miss" : "not_found", tokens.size(), List.of(),
                closest.similarity() >= 0.3 ? closest : null);
    }

    private static boolean matchesAt(QuranWords.Corpus corpus, List<InputWord> input, int start) {
        for (int i = 0; i < input.size(); i++) {
            if (!corpus.matches(start + i, input.get(i).normalized())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The corpus start whose diagonal (start + i = place of input word i) collects the most weight, ±2 for words
     * added or left out; each word votes with its inverse document frequency.
     */
    private static int bestDiagonal(QuranWords.Corpus corpus, List<InputWord> input) {
        var votes = new HashMap<Integer, Double>();
        for (int i = 0; i < Math.min(input.size(), 300); i++) {
            var postings = corpus.postings(input.get(i).normalized());
            if (postings.length <= MAX_POSTINGS) {
                double weight = 1 + Math.log((double) corpus.size() / postings.length); // rare words say more
                for (int g : postings) {
                    votes.merge(g - i, weight, Double::sum);
                }
            }
        }
        int best = -1;
        double bestVotes = 0;
        for (var entry : votes.entrySet()) {
            double sum = 0;
            for (int d = -2; d <= 2; d++) {
                sum += votes.getOrDefault(entry.getKey() + d, 0.0);
            }
            if (sum > bestVotes || (sum == bestVotes && entry.getKey() < best)) {
                best = entry.getKey();
                bestVotes = sum;
            }
        }
        return best < 0 && bestVotes > 0 ? 0 : best;
    }

    private Occurrence occurrence(QuranWords.Corpus corpus, List<String> tokens, List<InputWord> input, int start) {
        var parts = new ArrayList<Part>();
        int i = 0;
        while (i < input.size()) {
            int verseId = corpus.verseIds()[start + i];
            int j = i;
            while (j + 1 < input.size() && corpus.verseIds()[start + j + 1] == verseId) {
                j++;
            }
            var quoted = IntStream.rangeClosed(input.get(i).token(), input.get(j).token()).mapToObj(tokens::get)
                    .map(QuranNormalizationFilter::exactForm).toList();
            parts.add(new Part(VerseKey.ofId(verseId), corpus.positions()[start + i], corpus.positions()[start + j],
                    false, script(verseId, corpus.positions()[start + i], corpus.positions()[start + j], quoted)));
            i = j + 1;
        }
        parts.replaceAll(p -> new Part(p.verseKey(), p.fromWord(), p.toWord(), !p.matchedScript().equals("normalized"),
                p.matchedScript()));
        return new Occurrence(parts.stream().allMatch(Part::exact), List.copyOf(parts));
    }

    /** Which diacritised script the quoted words reproduce exactly, or "normalized". */
    private String script(int verseId, int from, int to, List<String> quoted) {
        var verse = catalog.verse(verseId);
        var uthmani = verse.words().subList(from - 1, to).stream()
                .map(w -> QuranNormalizationFilter.exactForm(w.textUthmani())).toList();
        if (uthmani.equals(quoted)) {
            return "uthmani";
        }
        var imlaei = " " + String.join(" ", List.of(verse.textImlaei().split(" ")).stream()
                .map(QuranNormalizationFilter::exactForm).filter(w -> !w.isEmpty()).toList()) + " ";
        return imlaei.contains(" " + String.join(" ", quoted) + " ") ? "imlaei" : "normalized";
    }
}
