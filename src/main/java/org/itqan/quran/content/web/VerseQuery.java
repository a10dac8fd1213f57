package org.itqan.quran.content.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.shared.ApiProblem;

/**
 * The validated options of a {@code /verses/*} request. {@link #canonical()} is its cache key: two requests with the
 * same options produce the same bytes, whatever order or spelling their query strings used.
 */
record VerseQuery(String language, boolean words, List<Integer> translations, List<Integer> tafsirs,
        Set<String> fields, Set<String> wordFields, Set<String> translationFields, int page, int perPage,
        ResourceFilter filter) {

    static final int DEFAULT_PER_PAGE = 10;
    static final int MAX_PER_PAGE = 50;
    /** Far beyond any real page count (6236 verses at 1 per page); bounds the arithmetic. */
    static final int MAX_PAGE = 10_000;

    static final Set<String> VERSE_FIELDS = Set.of("chapter_id", "text_uthmani", "text_imlaei",
            "text_imlaei_simple");
    /** Quran.com fields we have no licensed data for: accepted and omitted (see docs/compatibility.md). */
    static final Set<String> UNSERVED_VERSE_FIELDS = Set.of("text_uthmani_simple", "text_uthmani_tajweed",
            "text_indopak", "text_indopak_nastaleeq", "text_qpc_hafs", "image_url", "image_width", "code_v1",
            "code_v2", "v1_page", "v2_page");
    static final Set<String> WORD_FIELDS = Set.of("verse_key", "verse_id", "location", "text_uthmani");
    static final Set<String> UNSERVED_WORD_FIELDS = Set.of("text_indopak", "text_imlaei", "text_imlaei_simple",
            "code_v1", "code_v2", "v1_page", "v2_page", "text_uthmani_tajweed", "qpc_uthmani_hafs");
    static final Set<String> TRANSLATION_FIELDS = Set.of("resource_name", "language_name", "verse_key", "verse_id",
            "chapter_id", "verse_number", "juz_number", "hizb_number", "rub_el_hizb_number", "rub_number",
            "page_number", "foot_notes");
    static final Set<String> UNSERVED_TRANSLATION_FIELDS = Set.of("language_id");

    static VerseQuery parse(Map<String, String> params, ContentCatalog catalog) {
        var filter = catalog.filter(ResourceFilter.ofParameter(params.get(ResourceFilter.PARAMETER)));
        var translations = Params.ids("translations", params.get("translations"));
        var tafsirs = Params.ids("tafsirs", params.get("tafsirs"));
        requireKnown("translations", translations, ResourceType.TRANSLATION, catalog, filter);
        requireKnown("tafsirs", tafsirs, ResourceType.TAFSIR, catalog, filter);
        return new VerseQuery(Languages.of(params.get("language")),
                Params.bool("words", params.get("words"), true), translations, tafsirs,
                Params.fields("fields", params.get("fields"), VERSE_FIELDS, UNSERVED_VERSE_FIELDS),
                Params.fields("word_fields", params.get("word_fields"), WORD_FIELDS, UNSERVED_WORD_FIELDS),
                Params.fields("translation_fields", params.get("translation_fields"), TRANSLATION_FIELDS,
                        UNSERVED_TRANSLATION_FIELDS),
                Params.integer("page", params.get("page"), 1, 1, MAX_PAGE),
                Params.integer("per_page", params.get("per_page"), DEFAULT_PER_PAGE, 1, MAX_PER_PAGE), filter);
    }

    String canonical() {
        return "language=" + language + "&words=" + words + "&translations=" + translations + "&tafsirs=" + tafsirs
                + "&fields=" + fields + "&word_fields=" + wordFields + "&translation_fields=" + translationFields
                + "&page=" + page + "&per_page=" + perPage + "&" + filter.canonical();
    }

    private static void requireKnown(String parameter, List<Integer> ids, ResourceType type,
            ContentCatalog catalog, ResourceFilter filter) {
        var available = catalog.ids(type, filter);
        var unknown = ids.stream().filter(id -> !available.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidParameter(parameter, unknown.toString(), Message.of("expected.available-ids",
                    Message.of("resource-type." + type.plural()), available)).with("unknown_ids", unknown).with("available_ids", available);
        }
    }
}
