package org.itqan.quran.alquran;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Parses /v1 path and query values by hand, so that every bad value is a 400 or 404 that says what is valid. The
 * errors are the shared {@link ApiProblem}s; {@link AlQuranErrors} renders them in AlQuran Cloud's envelope.
 */
final class AlQuranParams {

    private AlQuranParams() {
    }

    /** A path number whose range the content API checks (so that it can answer 404 rather than 400). */
    static int number(String name, String raw) {
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.positive-integer"));
        }
        return Integer.parseInt(raw);
    }

    /** AlQuran Cloud's {@code offset}: how many ayahs of the selection to skip. */
    static int offset(@Nullable String raw) {
        return optional("offset", raw, 0, 0, Mushaf.VERSES);
    }

    /** AlQuran Cloud's {@code limit}: how many ayahs to return at most; all of the selection by default. */
    static int limit(@Nullable String raw) {
        return optional("limit", raw, Mushaf.VERSES, 1, Mushaf.VERSES);
    }

    /** An ayah reference: a global number 1..6236 or {@code surah:ayah}. */
    static VerseKey ayah(String raw) {
        if (raw.contains(":")) {
            return VerseKey.parse(raw);
        }
        int number = number("reference", raw);
        if (number < 1 || number > Mushaf.VERSES) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.VERSE_NOT_FOUND, Message.of("detail.ayah.not-found", number,
                    Mushaf.VERSES));
        }
        return VerseKey.ofId(number);
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static int optional(String name, @Nullable String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        var expected = Message.of("expected.integer-range", min, max);
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiProblem.invalidParameter(name, raw, expected);
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            throw ApiProblem.invalidParameter(name, raw, expected);
        }
        return value;
    }
}
