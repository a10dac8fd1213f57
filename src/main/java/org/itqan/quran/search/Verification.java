package org.itqan.quran.search;

import java.util.List;

import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "is this a correct quote of the Quran, and where is it?".
 *
 * @param status {@code exact} (found, diacritics included), {@code normalized} (found once spelling and
 *     diacritics are normalised), {@code near_miss} (not found; {@code closest} is the nearest passage with a
 *     word-level diff) or {@code not_found}
 * @param words the number of Arabic words read from the text
 * @param occurrences every place the whole text occurs (at most 20), in reading order
 */
public record Verification(String status, int words, List<Occurrence> occurrences, @Nullable Closest closest) {

    /** One place the text occurs; it may run over several verses, one part per verse. */
    public record Occurrence(boolean exact, List<Part> parts) {
    }

    /**
     * Words {@code fromWord..toWord} (1-based Uthmani positions) of a verse. {@code matchedScript} is the script
     * whose diacritised text the quote reproduces exactly ({@code uthmani} or {@code imlaei}), or
     * {@code normalized} when it matches only after normalisation.
     */
    public record Part(VerseKey verseKey, int fromWord, int toWord, boolean exact, String matchedScript) {
    }

    /** The nearest passage: {@code similarity} is the share of the quote's words found in place. */
    public record Closest(double similarity, List<Part> parts, List<Difference> diff) {
    }

    /**
     * One step of the word-level diff: {@code equal}, {@code changed} (quote has {@code found} where the Quran has
     * {@code expected}), {@code missing} (the quote leaves out {@code expected}), {@code added} (the quote has an
     * extra {@code found}) or {@code reordered} (a word present in both, at another place). {@code location} is
     * {@code chapter:verse:word} of the Quran word, when there is one.
     */
    public record Difference(String op, @Nullable String expected, @Nullable String found,
            @Nullable String location) {
    }
}
