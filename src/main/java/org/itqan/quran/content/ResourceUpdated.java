package org.itqan.quran.content;

import org.jspecify.annotations.Nullable;

/**
 * Published when one translation or tafsir got a new version: a new edition imported, or a correction applied to
 * one verse ({@code verseKey}). It says which resource changed and from which version to which, so that an
 * integrator can refresh exactly that resource instead of everything ({@link ContentImported} follows it and says
 * only that the content as a whole changed).
 */
public record ResourceUpdated(int resourceId, ResourceType resourceType, String previousVersion, String version,
        Reason reason, @Nullable String verseKey) {

    public enum Reason {
        IMPORT, CORRECTION;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
