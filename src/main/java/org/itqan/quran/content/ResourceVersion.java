package org.itqan.quran.content;

import java.time.Instant;

/**
 * One stored version of a translation or tafsir, as recorded in the ledger.
 *
 * @param origin {@code import} (a file) or {@code correction} (an approved correction)
 * @param contentSha256 the integrity manifest's SHA-256 over the version's stored texts
 */
public record ResourceVersion(int resourceId, String version, String origin, String sourceFile, String sourceSha256,
        String contentSha256, Instant recordedAt) {
}
