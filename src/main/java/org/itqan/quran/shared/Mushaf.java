package org.itqan.quran.shared;

/**
 * Fixed facts of the Hafs 'an 'Asim mushaf (Madani print, 604 pages) as distributed by Tanzil. These numbers never
 * change, so they are constants: they let every module validate a verse key or a division number without touching
 * the database. The importer cross-checks them against {@code quran-data.xml} and refuses to start on a mismatch.
 */
public final class Mushaf {

    public static final int CHAPTERS = 114;
    public static final int VERSES = 6236;
    public static final int JUZS = 30;
    public static final int HIZBS = 60;
    public static final int RUB_EL_HIZBS = 240;
    public static final int MANZILS = 7;
    public static final int RUKUS = 556;
    public static final int PAGES = 604;
    public static final int SAJDAS = 15;

    /** Verses per chapter, index 0 is chapter 1 (Tanzil quran-data.xml, attribute {@code ayas}). */
    private static final short[] VERSE_COUNTS = {
        7, 286, 200, 176, 120, 165, 206, 75, 129, 109, 123, 111, 43, 52, 99, 128, 111, 110, 98, 135,
        112, 78, 118, 64, 77, 227, 93, 88, 69, 60, 34, 30, 73, 54, 45, 83, 182, 88, 75, 85,
        54, 53, 89, 59, 37, 35, 38, 29, 18, 45, 60, 49, 62, 55, 78, 96, 29, 22, 24, 13,
        14, 11, 11, 18, 12, 12, 30, 52, 52, 44, 28, 28, 20, 56, 40, 31, 50, 40, 46, 42,
        29, 19, 36, 25, 22, 17, 19, 26, 30, 20, 15, 21, 11, 8, 8, 19, 5, 8, 8, 11,
        11, 8, 3, 9, 5, 4, 7, 3, 6, 3, 5, 4, 5, 6};

    /** Global verse id (1..6236) of the first verse of each chapter, computed once from {@link #VERSE_COUNTS}. */
    private static final short[] FIRST_VERSE_ID = new short[CHAPTERS + 1];

    static {
        int next = 1;
        for (int chapter = 1; chapter <= CHAPTERS; chapter++) {
            FIRST_VERSE_ID[chapter] = (short) next;
            next += VERSE_COUNTS[chapter - 1];
        }
    }

    private Mushaf() {
    }

    public static boolean isChapter(int chapter) {
        return chapter >= 1 && chapter <= CHAPTERS;
    }

    /** @throws IllegalArgumentException when {@code chapter} is not 1..114 */
    public static int verseCount(int chapter) {
        if (!isChapter(chapter)) {
            throw new IllegalArgumentException("chapter must be 1.." + CHAPTERS + ", got " + chapter);
        }
        return VERSE_COUNTS[chapter - 1];
    }

    /** The global verse id (1..6236, reading order) of a chapter's verse. */
    public static int verseId(int chapter, int verse) {
        return FIRST_VERSE_ID[chapter] + verse - 1;
    }

    /** The verse key of a global verse id. */
    public static VerseKey verseKey(int verseId) {
        if (verseId < 1 || verseId > VERSES) {
            throw new IllegalArgumentException("verse id must be 1.." + VERSES + ", got " + verseId);
        }
        int low = 1;
        int high = CHAPTERS;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (FIRST_VERSE_ID[mid] <= verseId) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new VerseKey(low, verseId - FIRST_VERSE_ID[low] + 1);
    }
}
