package org.itqan.quran.content;

/**
 * A chapter (surah) with Tanzil's metadata. {@code nameSimple} and {@code nameComplex} are Tanzil's transliteration
 * ({@code tname}); {@code nameEnglish} is Tanzil's English name ({@code ename}).
 */
public record Chapter(int id, String nameArabic, String nameSimple, String nameComplex, String nameEnglish,
        String revelationPlace, int revelationOrder, boolean bismillahPre, int versesCount, int rukusCount,
        int firstVerseId, int firstPage, int lastPage) {

    public int lastVerseId() {
        return firstVerseId + versesCount - 1;
    }
}
