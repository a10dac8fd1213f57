package org.itqan.quran.content;

import org.itqan.quran.shared.Mushaf;

/** The mushaf's divisions, each a run of consecutive verses. Names are Quran.com's. */
public enum DivisionType {
    JUZ("juz", "juzs", Mushaf.JUZS),
    HIZB("hizb", "hizbs", Mushaf.HIZBS),
    RUB_EL_HIZB("rub_el_hizb", "rub_el_hizbs", Mushaf.RUB_EL_HIZBS),
    MANZIL("manzil", "manzils", Mushaf.MANZILS),
    RUKU("ruku", "rukus", Mushaf.RUKUS),
    PAGE("page", "pages", Mushaf.PAGES);

    private final String singular;
    private final String plural;
    private final int count;

    DivisionType(String singular, String plural, int count) {
        this.singular = singular;
        this.plural = plural;
        this.count = count;
    }

    /** The name in the database and in JSON field names ({@code juz_number}). */
    public String singular() {
        return singular;
    }

    /** The collection name in URLs and JSON ({@code /juzs}). */
    public String plural() {
        return plural;
    }

    public int count() {
        return count;
    }

    public static DivisionType ofSingular(String name) {
        for (var type : values()) {
            if (type.singular.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown division type " + name);
    }
}
