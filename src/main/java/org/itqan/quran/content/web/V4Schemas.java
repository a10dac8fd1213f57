package org.itqan.quran.content.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * OpenAPI descriptions of the v4 JSON shapes. Responses are rendered by {@link V4Presenter} into precomputed bytes,
 * so springdoc cannot see their types; these records document them. Member names are the wire names.
 */
@SuppressWarnings("unused")
final class V4Schemas {

    private V4Schemas() {
    }

    @Schema(name = "TranslatedName")
    record TranslatedName(String language_name, String name) {
    }

    @Schema(name = "Chapter")
    record Chapter(int id, @Schema(allowableValues = {"makkah", "madinah"}) String revelation_place,
            int revelation_order, boolean bismillah_pre, String name_simple, String name_complex, String name_arabic,
            int verses_count, @Schema(description = "first and last page") List<Integer> pages,
            TranslatedName translated_name) {
    }

    @Schema(name = "ChaptersResponse")
    record Chapters(List<Chapter> chapters) {
    }

    @Schema(name = "ChapterResponse")
    record ChapterResponse(Chapter chapter) {
    }

    @Schema(name = "ChapterInfo")
    record ChapterInfo(int id, int chapter_id, String language_name, String short_text, String source, String text) {
    }

    @Schema(name = "ChapterInfoResponse")
    record ChapterInfoResponse(ChapterInfo chapter_info) {
    }

    @Schema(name = "Word", description = "A word of the Uthmani text; the last word of a verse has char_type_name "
            + "'end' and the verse number in Arabic-Indic digits. audio_url, line_number, translation and "
            + "transliteration are null: no licensed word-level data is bundled.")
    record Word(int id, int position, String audio_url, @Schema(allowableValues = {"word", "end"}) String
            char_type_name, int page_number, Integer line_number, String text, Object translation,
            Object transliteration, String verse_key, Integer verse_id, String location, String text_uthmani) {
    }

    @Schema(name = "Translation")
    record Translation(long id, int resource_id, String text,
            @Schema(allowableValues = {"ltr", "rtl"}, description = "Text direction (our addition)") String direction,
            String resource_name, String language_name, String verse_key, Integer verse_id, String foot_notes) {
    }

    @Schema(name = "Tafsir")
    record Tafsir(long id, int resource_id, String resource_name, String language_name, String verse_key,
            String text,
            @Schema(allowableValues = {"ltr", "rtl"}, description = "Text direction (our addition)") String direction) {
    }

    @Schema(name = "Verse")
    record Verse(int id, int verse_number, String verse_key, int hizb_number, int rub_el_hizb_number,
            int ruku_number, int manzil_number, Integer sajdah_number, int page_number, int juz_number,
            Integer chapter_id, String text_uthmani, String text_imlaei, String text_imlaei_simple, List<Word> words,
            List<Translation> translations, List<Tafsir> tafsirs) {
    }

    @Schema(name = "Pagination")
    record Pagination(int per_page, int current_page, Integer next_page, int total_pages, int total_records) {
    }

    @Schema(name = "VersesResponse")
    record Verses(List<Verse> verses, Pagination pagination) {
    }

    @Schema(name = "VerseResponse")
    record VerseResponse(Verse verse) {
    }

    @Schema(name = "Division", description = "A juz, hizb, rub el hizb, manzil, ruku or page. The number member is "
            + "named after the kind: juz_number, hizb_number, rub_el_hizb_number, manzil_number, ruku_number, "
            + "page_number.")
    record Division(int id, int juz_number, Map<String, String> verse_mapping, int first_verse_id,
            int last_verse_id, int verses_count) {
    }

    @Schema(name = "Resource", description = "A translation or tafsir: the v4 members, then its provenance and "
            + "licence (our additions).")
    record Resource(int id, String name, String author_name, String slug, String language_name,
            TranslatedName translated_name, @Schema(allowableValues = {"ltr", "rtl"}) String direction, String source,
            String source_url, String version, String license, boolean commercial_use, boolean derivatives_allowed,
            String attribution, @Schema(example = "sha256:662040cb...") String checksum) {
    }

    @Schema(name = "Language")
    record Language(int id, String name, String iso_code, String native_name, String direction,
            int translations_count, TranslatedName translated_name) {
    }

    @Schema(name = "DumpVerse")
    record DumpVerse(int id, String verse_key, String text_uthmani, String text_imlaei, String text_imlaei_simple) {
    }

    @Schema(name = "DumpMeta")
    record DumpMeta(Map<String, String> filters, String attribution) {
    }

    @Schema(name = "QuranVersesResponse")
    record QuranVerses(List<DumpVerse> verses, DumpMeta meta) {
    }

    @Schema(name = "ResourceTextsResponse", description = "translations (or tafsirs) of one resource")
    record ResourceTexts(List<Translation> translations, Map<String, Object> meta, Pagination pagination) {
    }
}
