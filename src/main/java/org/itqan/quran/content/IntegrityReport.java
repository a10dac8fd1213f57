package org.itqan.quran.content;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the integrity manifest from the stored text and comparing it with the manifest
 * computed at import from the verified files.
 */
public record IntegrityReport(Instant checkedAt, List<Entry> entries) {

    public boolean intact() {
        return entries.stream().allMatch(Entry::intact);
    }

    public List<Entry> mismatches() {
        return entries.stream().filter(e -> !e.intact()).toList();
    }

    /**
     * One stored text. {@code changedVerses} lists (up to ten) verse keys whose stored text differs from the
     * verified source file, when the difference could be located.
     */
    public record Entry(String key, String sourceFile, String sourceSha256, int expectedRows, int actualRows,
            String expectedSha256, @Nullable String actualSha256, List<String> changedVerses) {

        public boolean intact() {
            return expectedSha256.equals(actualSha256) && expectedRows == actualRows;
        }
    }
}
