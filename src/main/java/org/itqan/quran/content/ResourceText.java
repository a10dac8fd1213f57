package org.itqan.quran.content;

import org.jspecify.annotations.Nullable;

/** One verse's text in a translation or tafsir, unmodified from its source (footnote markers stay inline). */
public record ResourceText(int resourceId, int verseId, String text, @Nullable String footNotes) {
}
