package org.itqan.quran.content.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query parameters of every {@code /verses/*} endpoint, named exactly as in Quran.com v4. They arrive as text and
 * are validated by {@link VerseQuery}, so that each bad value gets a precise problem+json answer.
 */
@SuppressWarnings("checkstyle:RecordComponentName") // snake_case on purpose: these are the wire names
record VerseParams(
        @Parameter(description = "Language of translated names; falls back to en. ISO 639-1, e.g. en, ar.")
        @Nullable String language,
        @Parameter(description = "Include words of each verse (default true).") @Nullable String words,
        @Parameter(description = "Comma-separated translation ids, e.g. 20,19 (see /resources/translations).")
        @Nullable String translations,
        @Parameter(description = "Comma-separated tafsir ids (see /resources/tafsirs).") @Nullable String tafsirs,
        @Parameter(description = "Extra verse fields: chapter_id, text_uthmani, text_imlaei, text_imlaei_simple. "
                + "Other Quran.com fields (text_indopak, code_v1, ...) are accepted and omitted.")
        @Nullable String fields,
        @Parameter(description = "Extra word fields: verse_key, verse_id, location, text_uthmani.")
        @Nullable String word_fields,
        @Parameter(description = "Extra translation fields: resource_name, language_name, verse_key, verse_id, "
                + "chapter_id, verse_number, juz_number, hizb_number, rub_el_hizb_number, page_number, foot_notes.")
        @Nullable String translation_fields,
        @Parameter(description = "Page number, from 1 (default 1). Past the last page the list is empty.")
        @Nullable String page,
        @Parameter(description = "Verses per page, 1 to 50 (default 10). Larger values are rejected with 400 "
                + "invalid-parameter rather than silently clamped.")
        @Nullable String per_page,
        @Parameter(description = "true hides translations and tafsirs whose licence does not allow commercial use "
                + "(our addition); their ids then count as unknown.")
        @Nullable String commercial_only) {

    Map<String, String> asMap() {
        var map = new HashMap<String, String>();
        put(map, "language", language);
        put(map, "words", words);
        put(map, "translations", translations);
        put(map, "tafsirs", tafsirs);
        put(map, "fields", fields);
        put(map, "word_fields", word_fields);
        put(map, "translation_fields", translation_fields);
        put(map, "page", page);
        put(map, "per_page", per_page);
        put(map, "commercial_only", commercial_only);
        return map;
    }

    private static void put(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
