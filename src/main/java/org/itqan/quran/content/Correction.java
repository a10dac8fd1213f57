package org.itqan.quran.content;

import java.time.Instant;

import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;

/**
 * A proposed change to one verse's text in a translation or tafsir. It takes effect only when someone other than
 * its proposer approves it (four eyes); the ledger keeps it, whatever the decision.
 */
public record Correction(long id, int resourceId, VerseKey verseKey, String oldText, String newText, String reason,
        @Nullable String sourceReference, Status status, String proposedBy, Instant proposedAt,
        @Nullable String decidedBy, @Nullable Instant decidedAt) {

    public enum Status {
        PROPOSED, APPROVED, REJECTED;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
