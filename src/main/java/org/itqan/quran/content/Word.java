package org.itqan.quran.content;

/** A word of the Uthmani text: its global id (reading order), its 1-based position in the verse, its text. */
public record Word(int id, int position, String textUthmani) {
}
