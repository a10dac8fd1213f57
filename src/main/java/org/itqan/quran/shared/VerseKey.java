package org.itqan.quran.shared;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

/**
 * A verse's address, {@code chapter:verse} as in Quran.com's {@code verse_key} ("2:255"). Instances always name a
 * verse that exists in the mushaf.
 */
public record VerseKey(int chapter, int verse) implements Comparable<VerseKey> {

    /** Digits only, no sign, no spaces, no leading '+': a verse key is an identifier, not arithmetic. */
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3}):(\\d{1,3})");

    public VerseKey {
        if (!Mushaf.isChapter(chapter)) {
            throw new IllegalArgumentException("chapter must be 1.." + Mushaf.CHAPTERS + ", got " + chapter);
        }
        if (verse < 1 || verse > Mushaf.verseCount(chapter)) {
            throw new IllegalArgumentException(
                    "chapter " + chapter + " has verses 1.." + Mushaf.verseCount(chapter) + ", got " + verse);
        }
    }

    /**
     * Parses {@code "2:255"}.
     *
     * @throws ApiProblem 400 {@code invalid-verse-key} when the text is not {@code <chapter>:<verse>}, and 404
     *     {@code verse-not-found} when it is well formed but names no verse ({@code 2:300}, {@code 115:1})
     */
    public static VerseKey parse(String text) {
        var matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_VERSE_KEY,
                            Message.of("detail.verse-key.malformed", abbreviate(text)))
                    .with("verse_key", abbreviate(text));
        }
        int chapter = Integer.parseInt(matcher.group(1));
        int verse = Integer.parseInt(matcher.group(2));
        if (!Mushaf.isChapter(chapter)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.VERSE_NOT_FOUND,
                            Message.of("detail.chapter.not-found", chapter, Mushaf.CHAPTERS))
                    .with("verse_key", text);
        }
        int count = Mushaf.verseCount(chapter);
        if (verse < 1 || verse > count) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.VERSE_NOT_FOUND,
                            Message.of("detail.verse.not-found", chapter, count, text))
                    .with("verse_key", text);
        }
        return new VerseKey(chapter, verse);
    }

    public static VerseKey ofId(int verseId) {
        return Mushaf.verseKey(verseId);
    }

    /** The global verse id, 1..6236 in reading order (Quran.com's verse {@code id}). */
    public int id() {
        return Mushaf.verseId(chapter, verse);
    }

    @Override
    public int compareTo(VerseKey other) {
        return Integer.compare(id(), other.id());
    }

    @Override
    public String toString() {
        return chapter + ":" + verse;
    }

    /** At most 40 characters of bad input, to repeat it in an error; never half of a surrogate pair (an emoji). */
    static String abbreviate(String text) {
        if (text.length() <= 40) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(39)) ? 39 : 40;
        return text.substring(0, end) + "…";
    }
}
