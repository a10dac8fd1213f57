package org.itqan.quran.content;

import java.util.List;

import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;

/**
 * A verse with its place in every division and its text in each script, byte-exact as Tanzil distributes it.
 * {@code bismillah} is the Uthmani bismillah Tanzil prints before the first verse of 112 chapters.
 */
public record Verse(int id, VerseKey key, int juzNumber, int hizbNumber, int rubElHizbNumber, int manzilNumber,
        int rukuNumber, int pageNumber, @Nullable Integer sajdahNumber, String textUthmani, String textImlaei,
        String textImlaeiSimple, @Nullable String bismillah, List<Word> words) {

    public int chapterId() {
        return key.chapter();
    }

    public int verseNumber() {
        return key.verse();
    }

    public String text(Script script) {
        return switch (script) {
            case UTHMANI -> textUthmani;
            case IMLAEI -> textImlaei;
            case IMLAEI_SIMPLE -> textImlaeiSimple;
        };
    }
}
