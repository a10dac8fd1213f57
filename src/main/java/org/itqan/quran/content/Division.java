package org.itqan.quran.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.shared.VerseKey;

/** One juz, hizb, rub el hizb, manzil, ruku or page: a run of verses from {@code firstVerseId} to {@code lastVerseId}. */
public record Division(DivisionType type, int number, int firstVerseId, int lastVerseId) {

    public int versesCount() {
        return lastVerseId - firstVerseId + 1;
    }

    public boolean contains(int verseId) {
        return verseId >= firstVerseId && verseId <= lastVerseId;
    }

    /** Quran.com's {@code verse_mapping}: chapter number to "first-last" verse numbers, in reading order. */
    public Map<String, String> verseMapping() {
        var mapping = new LinkedHashMap<String, String>();
        var first = VerseKey.ofId(firstVerseId);
        var last = VerseKey.ofId(lastVerseId);
        for (int chapter = first.chapter(); chapter <= last.chapter(); chapter++) {
            int from = chapter == first.chapter() ? first.verse() : 1;
            int to = chapter == last.chapter() ? last.verse() : org.itqan.quran.shared.Mushaf.verseCount(chapter);
            mapping.put(Integer.toString(chapter), from + "-" + to);
        }
        return mapping;
    }
}
