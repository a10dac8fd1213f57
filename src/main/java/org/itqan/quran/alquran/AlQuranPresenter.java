package org.itqan.quran.alquran;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.Verse;
import org.springframework.stereotype.Component;

/**
 * Builds AlQuran Cloud v1's JSON shapes (camelCase, its member order) from the content API. Only this class knows
 * those shapes. Licence members are additive: AlQuran Cloud clients ignore members they do not know.
 */
@Component
class AlQuranPresenter {

    private final ContentCatalog catalog;

    AlQuranPresenter(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    Map<String, Object> surah(Chapter c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("number", c.id());
        json.put("name", c.nameArabic());
        json.put("englishName", c.nameSimple());
        json.put("englishNameTranslation", c.nameEnglish());
        json.put("revelationType", c.revelationPlace().equals("makkah") ? "Meccan" : "Medinan");
        json.put("numberOfAyahs", c.versesCount());
        return json;
    }

    Map<String, Object> edition(Edition e) {
        var json = new LinkedHashMap<String, Object>();
        json.put("identifier", e.identifier());
        json.put("language", e.language());
        json.put("name", e.name());
        json.put("englishName", e.englishName());
        json.put("format", "text");
        json.put("type", e.type());
        json.put("direction", e.direction());
        var r = e.resource();
        if (r != null) {
            json.put("source", r.sourceName());
            json.put("version", r.version());
            json.put("license", r.licenseId());
            json.put("commercialUse", r.commercialUse());
            json.put("derivativesAllowed", r.derivativesAllowed());
            json.put("attribution", r.attribution());
        } else {
            json.put("source", "Tanzil.net");
            json.put("license", "CC-BY-3.0");
            json.put("commercialUse", true);
            json.put("derivativesAllowed", false);
            json.put("attribution", QURAN_NOTICE);
        }
        return json;
    }

    /** One ayah; {@code withSurah} adds the surah object, as AlQuran Cloud does outside surah-level responses. */
    Map<String, Object> ayah(Verse v, String text, boolean withSurah) {
        var json = new LinkedHashMap<String, Object>();
        json.put("number", v.id());
        json.put("text", text);
        if (withSurah) {
            json.put("surah", surah(catalog.chapter(v.chapterId())));
        }
        json.put("numberInSurah", v.verseNumber());
        json.put("juz", v.juzNumber());
        json.put("manzil", v.manzilNumber());
        json.put("page", v.pageNumber());
        json.put("ruku", v.rukuNumber());
        json.put("hizbQuarter", v.rubElHizbNumber());
        json.put("sajda", sajda(v));
        return json;
    }

    /** AlQuran Cloud's {@code sajda}: {@code false}, or the sajdah's number and kind. */
    Object sajda(Verse v) {
        var number = v.sajdahNumber();
        if (number == null) {
            return false;
        }
        var sajdah = catalog.sajdas().get(number - 1);
        var json = new LinkedHashMap<String, Object>();
        json.put("id", number);
        json.put("recommended", sajdah.type().equals("recommended"));
        json.put("obligatory", sajdah.type().equals("obligatory"));
        return json;
    }

    /** The ayahs {@code verses} in one edition, each with or without its surah. */
    List<Map<String, Object>> ayahs(List<Verse> verses, Edition edition, ResourceFilter filter, boolean withSurah) {
        var texts = texts(edition, verses, filter);
        var list = new ArrayList<Map<String, Object>>(verses.size());
        for (var v : verses) {
            list.add(ayah(v, texts.getOrDefault(v.id(), ""), withSurah));
        }
        return list;
    }

    /** Verse id to text in one edition, for a run of consecutive verses: one query at most. */
    Map<Integer, String> texts(Edition edition, List<Verse> verses, ResourceFilter filter) {
        var texts = new HashMap<Integer, String>();
        if (verses.isEmpty()) {
            return texts;
        }
        var script = edition.script();
        if (script != null) {
            verses.forEach(v -> texts.put(v.id(), v.text(script)));
            return texts;
        }
        var resource = java.util.Objects.requireNonNull(edition.resource());
        catalog.texts(resource.type(), List.of(resource.id()), verses.getFirst().id(), verses.getLast().id(), filter)
                .getOrDefault(resource.id(), Map.of()).forEach((id, t) -> texts.put(id, t.text()));
        return texts;
    }

    static final String QURAN_NOTICE = "Tanzil Quran Text, Copyright (C) 2007-2025 Tanzil Project, License: "
            + "Creative Commons Attribution 3.0. Verbatim copy: changing it is not allowed. Source: https://tanzil.net";
}
