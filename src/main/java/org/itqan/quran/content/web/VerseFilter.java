package org.itqan.quran.content.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the {@code /quran/*} dumps. Every filter selects a contiguous run of verses, so any combination is
 * their intersection: one run, possibly empty.
 */
record VerseFilter(Map<String, String> applied, int firstId, int lastId) {

    static VerseFilter parse(ContentCatalog catalog, @Nullable String chapter, @Nullable String juz,
            @Nullable String page, @Nullable String hizb, @Nullable String rub, @Nullable String manzil,
            @Nullable String ruku, @Nullable String verseKey) {
        var applied = new LinkedHashMap<String, String>();
        int first = 1;
        int last = Mushaf.VERSES;
        if (chapter != null) {
            var c = catalog.chapter(Params.required("chapter_number", chapter, 1, Mushaf.CHAPTERS));
            applied.put("chapter_number", Integer.toString(c.id()));
            first = Math.max(first, c.firstVerseId());
            last = Math.min(last, c.lastVerseId());
        }
        var divisions = new Object[][] {{DivisionType.JUZ, "juz_number", juz}, {DivisionType.PAGE, "page_number", page},
            {DivisionType.HIZB, "hizb_number", hizb}, {DivisionType.RUB_EL_HIZB, "rub_el_hizb_number", rub},
            {DivisionType.MANZIL, "manzil_number", manzil}, {DivisionType.RUKU, "ruku_number", ruku}};
        for (var row : divisions) {
            var type = (DivisionType) row[0];
            var name = (String) row[1];
            var raw = (String) row[2];
            if (raw != null) {
                var d = catalog.division(type, Params.required(name, raw, 1, type.count()));
                applied.put(name, Integer.toString(d.number()));
                first = Math.max(first, d.firstVerseId());
                last = Math.min(last, d.lastVerseId());
            }
        }
        if (verseKey != null) {
            var key = VerseKey.parse(verseKey);
            applied.put("verse_key", key.toString());
            first = Math.max(first, key.id());
            last = Math.min(last, key.id());
        }
        return new VerseFilter(applied, first, last);
    }

    boolean empty() {
        return firstId > lastId;
    }

    String canonical() {
        return applied.toString();
    }
}
