package org.itqan.quran.content;

/**
 * A correction was proposed, approved or rejected (published in the transaction that records it); {@code verseKey}
 * as in {@code "2:255"}. An approval is followed by {@link ContentImported}, which is what changes served content;
 * this event is the editorial trail.
 */
public record CorrectionChanged(long correction, int resourceId, String verseKey, Correction.Status status) {
}
