package org.itqan.quran.search;

import org.jspecify.annotations.Nullable;

/**
 * A completion of a typed prefix: an Arabic word of the Quran (in its Imlaei spelling, with the number of its
 * occurrences) or a chapter name (with its number).
 */
public record Suggestion(String type, String text, int count, @Nullable Integer chapterNumber) {
}
