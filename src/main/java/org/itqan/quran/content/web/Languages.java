package org.itqan.quran.content.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code language} parameter. Quran.com accepts any ISO code and falls back to English where it has no
 * translated text; so do we. Codes are only checked for shape, so a bad value cannot pollute the response cache.
 */
final class Languages {

    static final String ENGLISH = "en";

    /** English names (Quran.com's {@code language_name}) and native names of the languages we hold texts in. */
    static final Map<String, String[]> NAMES = Map.of(
            "en", new String[] {"english", "English"},
            "ar", new String[] {"arabic", "العربية"},
            "fr", new String[] {"french", "Français"},
            "id", new String[] {"indonesian", "Bahasa Indonesia"},
            "tr", new String[] {"turkish", "Türkçe"},
            "ur", new String[] {"urdu", "اردو"});

    /** Stable local ids for {@code /resources/languages}. */
    static final Map<String, Integer> IDS = Map.of("ar", 9, "en", 38, "fr", 49, "id", 67, "tr", 167, "ur", 174);

    private Languages() {
    }

    static String of(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return ENGLISH;
        }
        var code = raw.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        if (!code.matches("[a-z]{2,3}")) {
            throw org.itqan.quran.shared.ApiProblem.invalidParameter("language", raw,
                    org.itqan.quran.shared.Message.of("expected.language-code"));
        }
        return code;
    }
}
