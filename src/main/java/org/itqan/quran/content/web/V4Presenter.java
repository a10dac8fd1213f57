package org.itqan.quran.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Division;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceText;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Verse;
import org.springframework.stereotype.Component;

/**
 * Builds the Quran.com API v4 JSON shapes: snake_case, field order as v4, {@code null} where v4 has a field we have
 * no data for. Maps rather than records, because {@code fields}, {@code word_fields} and
 * {@code translation_fields} decide which members exist. Only this class knows the v4 shapes.
 */
@Component
class V4Presenter {

    private static final char ARABIC_INDIC_ZERO = '\u0660';

    private final ContentCatalog catalog;

    V4Presenter(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    Map<String, Object> chapter(Chapter c, String language) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id());
        json.put("revelation_place", c.revelationPlace());
        json.put("revelation_order", c.revelationOrder());
        json.put("bismillah_pre", c.bismillahPre());
        json.put("name_simple", c.nameSimple());
        json.put("name_complex", c.nameComplex());
        json.put("name_arabic", c.nameArabic());
        json.put("verses_count", c.versesCount());
        json.put("pages", List.of(c.firstPage(), c.lastPage()));
        boolean arabic = "ar".equals(language);
        json.put("translated_name", translatedName(arabic ? "arabic" : "english",
                arabic ? c.nameArabic() : c.nameEnglish()));
        return json;
    }

    Map<String, Object> chapterInfo(Chapter c, String language) {
        if ("ar".equals(language)) {
            return arabicChapterInfo(c);
        }
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id());
        json.put("chapter_id", c.id());
        json.put("language_name", "english");
        var place = c.revelationPlace().equals("makkah") ? "Meccan" : "Medinan";
        json.put("short_text", c.nameSimple() + " (" + c.nameEnglish() + ") is a " + place + " chapter of "
                + c.versesCount() + " verses.");
        json.put("source", "Generated from Tanzil Quran metadata v1.0 (https://tanzil.net)");
        json.put("text", "<p>" + c.nameSimple() + " (" + c.nameArabic() + ", \"" + c.nameEnglish() + "\") is chapter "
                + c.id() + " of the Quran. It is a " + place + " chapter, " + ordinal(c.revelationOrder())
                + " in the order of revelation, with " + c.versesCount() + " verses in " + c.rukusCount()
                + (c.rukusCount() == 1 ? " ruku" : " rukus") + ", on pages " + c.firstPage() + "–" + c.lastPage()
                + " of the Madani mushaf.</p>");
        return json;
    }

    /** The same generated facts in Arabic; other languages fall back to English, as Quran.com's info does. */
    private static Map<String, Object> arabicChapterInfo(Chapter c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id());
        json.put("chapter_id", c.id());
        json.put("language_name", "arabic");
        var place = c.revelationPlace().equals("makkah") ? "مكية" : "مدنية";
        json.put("short_text", "سورة " + c.nameArabic() + " (" + c.nameSimple() + ") سورة " + place + "، آياتها "
                + c.versesCount() + ".");
        json.put("source", "مولّد من بيانات القرآن في موقع تنزيل، الإصدار 1.0 (https://tanzil.net)");
        json.put("text", "<p>سورة " + c.nameArabic() + " (" + c.nameSimple() + "، \"" + c.nameEnglish()
                + "\") هي السورة رقم " + c.id() + " في ترتيب المصحف. وهي سورة " + place + "، ترتيبها في النزول "
                + c.revelationOrder() + "، وآياتها " + c.versesCount() + " في " + c.rukusCount() + " "
                + (c.rukusCount() == 1 ? "ركوع" : "ركوعات") + "، وتقع في الصفحات " + c.firstPage() + "–"
                + c.lastPage() + " من المصحف المدني.</p>");
        return json;
    }

    Map<String, Object> verse(Verse v, VerseQuery q, Map<Integer, Map<Integer, ResourceText>> translations,
            Map<Integer, Map<Integer, ResourceText>> tafsirs) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", v.id());
        json.put("verse_number", v.verseNumber());
        json.put("verse_key", v.key().toString());
        json.put("hizb_number", v.hizbNumber());
        json.put("rub_el_hizb_number", v.rubElHizbNumber());
        json.put("ruku_number", v.rukuNumber());
        json.put("manzil_number", v.manzilNumber());
        json.put("sajdah_number", v.sajdahNumber());
        json.put("page_number", v.pageNumber());
        json.put("juz_number", v.juzNumber());
        if (q.fields().contains("chapter_id")) {
            json.put("chapter_id", v.chapterId());
        }
        for (var field : List.of("text_uthmani", "text_imlaei", "text_imlaei_simple")) {
            if (q.fields().contains(field)) {
                json.put(field, switch (field) {
                    case "text_uthmani" -> v.textUthmani();
                    case "text_imlaei" -> v.textImlaei();
                    default -> v.textImlaeiSimple();
                });
            }
        }
        if (q.words()) {
            json.put("words", words(v, q));
        }
        if (!q.translations().isEmpty()) {
            var list = new ArrayList<Map<String, Object>>();
            for (var id : q.translations()) {
                var text = translations.getOrDefault(id, Map.of()).get(v.id());
                if (text != null) {
                    list.add(translation(text, v, q));
                }
            }
            json.put("translations", list);
        }
        if (!q.tafsirs().isEmpty()) {
            var list = new ArrayList<Map<String, Object>>();
            for (var id : q.tafsirs()) {
                var text = tafsirs.getOrDefault(id, Map.of()).get(v.id());
                if (text != null) {
                    list.add(tafsir(text));
                }
            }
            json.put("tafsirs", list);
        }
        return json;
    }

    private List<Map<String, Object>> words(Verse v, VerseQuery q) {
        var words = new ArrayList<Map<String, Object>>(v.words().size() + 1);
        for (var w : v.words()) {
            words.add(word(v, w.id(), w.position(), "word", w.textUthmani(), q));
        }
        // Quran.com ends every verse with an "end" word: the verse number in Arabic-Indic digits.
        int lastId = v.words().isEmpty() ? 0 : v.words().getLast().id();
        words.add(word(v, lastId + 1, v.words().size() + 1, "end", arabicIndic(v.verseNumber()), q));
        return words;
    }

    private Map<String, Object> word(Verse v, int id, int position, String type, String text, VerseQuery q) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", id);
        json.put("position", position);
        json.put("audio_url", null);
        json.put("char_type_name", type);
        json.put("page_number", v.pageNumber());
        json.put("line_number", null);
        json.put("text", text);
        json.put("translation", null);
        json.put("transliteration", null);
        if (q.wordFields().contains("verse_key")) {
            json.put("verse_key", v.key().toString());
        }
        if (q.wordFields().contains("verse_id")) {
            json.put("verse_id", v.id());
        }
        if (q.wordFields().contains("location")) {
            json.put("location", v.key() + ":" + position);
        }
        if (q.wordFields().contains("text_uthmani")) {
            json.put("text_uthmani", text);
        }
        return json;
    }

    Map<String, Object> translation(ResourceText t, Verse v, VerseQuery q) {
        var resource = catalog.resource(t.resourceId()).orElseThrow();
        var json = new LinkedHashMap<String, Object>();
        json.put("id", textId(t));
        json.put("resource_id", t.resourceId());
        json.put("text", t.text());
        // our addition to the v4 shape: how to lay the text out (rtl for Arabic, Urdu...)
        json.put("direction", resource.direction());
        var f = q.translationFields();
        if (f.contains("resource_name")) {
            json.put("resource_name", resource.name());
        }
        if (f.contains("language_name")) {
            json.put("language_name", resource.languageName());
        }
        if (f.contains("verse_key")) {
            json.put("verse_key", v.key().toString());
        }
        if (f.contains("verse_id")) {
            json.put("verse_id", v.id());
        }
        if (f.contains("chapter_id")) {
            json.put("chapter_id", v.chapterId());
        }
        if (f.contains("verse_number")) {
            json.put("verse_number", v.verseNumber());
        }
        if (f.contains("juz_number")) {
            json.put("juz_number", v.juzNumber());
        }
        if (f.contains("hizb_number")) {
            json.put("hizb_number", v.hizbNumber());
        }
        if (f.contains("rub_el_hizb_number")) {
            json.put("rub_el_hizb_number", v.rubElHizbNumber());
        }
        if (f.contains("rub_number")) {
            json.put("rub_number", v.rubElHizbNumber());
        }
        if (f.contains("page_number")) {
            json.put("page_number", v.pageNumber());
        }
        if (f.contains("foot_notes")) {
            json.put("foot_notes", t.footNotes());
        }
        return json;
    }

    Map<String, Object> tafsir(ResourceText t) {
        var resource = catalog.resource(t.resourceId()).orElseThrow();
        var json = new LinkedHashMap<String, Object>();
        json.put("id", textId(t));
        json.put("resource_id", t.resourceId());
        json.put("resource_name", resource.name());
        json.put("language_name", resource.languageName());
        json.put("verse_key", org.itqan.quran.shared.VerseKey.ofId(t.verseId()).toString());
        json.put("text", t.text());
        json.put("direction", resource.direction());
        return json;
    }

    Map<String, Object> division(Division d) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", d.number());
        json.put(d.type().singular() + "_number", d.number());
        json.put("verse_mapping", d.verseMapping());
        json.put("first_verse_id", d.firstVerseId());
        json.put("last_verse_id", d.lastVerseId());
        json.put("verses_count", d.versesCount());
        return json;
    }

    /** The v4 resource listing shape, plus our provenance and licence members beside it. */
    Map<String, Object> resource(Resource r) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", r.id());
        json.put("name", r.name());
        json.put("author_name", r.authorName());
        json.put("slug", r.slug());
        json.put("language_name", r.languageName());
        json.put("translated_name", translatedName("english", r.name()));
        json.put("direction", r.direction());
        json.put("source", r.sourceName());
        json.put("source_url", r.sourceUrl());
        json.put("version", r.version());
        json.put("license", r.licenseId());
        json.put("commercial_use", r.commercialUse());
        json.put("derivatives_allowed", r.derivativesAllowed());
        json.put("attribution", r.attribution());
        json.put("checksum", "sha256:" + r.sourceSha256());
        return json;
    }

    Map<String, Object> resourceInfo(Resource r) {
        var json = resource(r);
        json.put("info", "<p>" + r.name() + " by " + r.authorName() + " (" + r.languageName() + "). Source: "
                + r.sourceName() + " (" + r.sourceUrl() + "), version " + r.version() + ". Licence: " + r.licenseId()
                + ". " + r.licenseTerms() + "</p>");
        json.put("license_terms", r.licenseTerms());
        json.put("source_file", r.sourceFile());
        return json;
    }

    /** A JSON object with members in the given order (Map.of has none). */
    static Map<String, Object> object(Object... membersAndValues) {
        var json = new LinkedHashMap<String, Object>();
        for (int i = 0; i < membersAndValues.length; i += 2) {
            json.put((String) membersAndValues[i], membersAndValues[i + 1]);
        }
        return json;
    }

    static Map<String, Object> translatedName(String language, String name) {
        var json = new LinkedHashMap<String, Object>();
        json.put("language_name", language);
        json.put("name", name);
        return json;
    }

    static Map<String, Object> pagination(int perPage, int page, int totalRecords) {
        int totalPages = Math.max(1, (totalRecords + perPage - 1) / perPage);
        var json = new LinkedHashMap<String, Object>();
        json.put("per_page", perPage);
        json.put("current_page", page);
        json.put("next_page", page < totalPages ? page + 1 : null);
        json.put("total_pages", totalPages);
        json.put("total_records", totalRecords);
        return json;
    }

    /** Stable id of a text row: resource id and verse id side by side (Quran.com exposes its row id here). */
    static long textId(ResourceText t) {
        return t.resourceId() * 10_000L + t.verseId();
    }

    static String arabicIndic(int number) {
        var digits = Integer.toString(number).toCharArray();
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (char) (ARABIC_INDIC_ZERO + (digits[i] - '0'));
        }
        return new String(digits);
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        var suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    ResourceType typeOf(String plural) {
        return plural.equals("tafsirs") ? ResourceType.TAFSIR : ResourceType.TRANSLATION;
    }
}
