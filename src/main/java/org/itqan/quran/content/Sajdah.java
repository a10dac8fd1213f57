package org.itqan.quran.content;

import org.itqan.quran.shared.VerseKey;

/** A verse of prostration; {@code type} is {@code recommended} or {@code obligatory} as in Tanzil's metadata. */
public record Sajdah(int number, VerseKey verseKey, String type) {
}
