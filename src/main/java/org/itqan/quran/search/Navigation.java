package org.itqan.quran.search;

import org.itqan.quran.shared.VerseKey;

/**
 * Where a navigational query leads: a verse ({@code 2:255}), a range ({@code 2:255-257}), a chapter (by number or
 * name in Arabic or transliteration), a page, juz or hizb. {@code key} is the canonical form ("2:255-257", "36",
 * "page:50"); {@code name} is a label for people.
 */
public record Navigation(String type, String key, String name, VerseKey firstVerse, VerseKey lastVerse) {
}
