package org.itqan.quran.userdata;

import java.util.Locale;

import org.itqan.quran.shared.Mushaf;

/** What a bookmark points at, with the range of its {@code key}: a chapter for ayah and surah, a juz, a page. */
public enum BookmarkType {
    AYAH(Mushaf.CHAPTERS), SURAH(Mushaf.CHAPTERS), JUZ(Mushaf.JUZS), PAGE(Mushaf.PAGES);

    private final int maxKey;

    BookmarkType(int maxKey) {
        this.maxKey = maxKey;
    }

    public int maxKey() {
        return maxKey;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws UserDataException 400 naming the valid values */
    public static BookmarkType parse(String field, String text) {
        for (var type : values()) {
            if (type.apiName().equals(text)) {
                return type;
            }
        }
        throw UserDataException.invalid(field, field + " must be one of ayah, surah, juz, page");
    }
}
