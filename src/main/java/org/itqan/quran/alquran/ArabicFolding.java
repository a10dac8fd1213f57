package org.itqan.quran.alquran;

import java.util.Locale;

/**
 * Folds text for the simple /v1 search, so that a query typed without diacritics finds the Uthmani and Simple
 * texts. Search-only: stored and served text is never changed (DESIGN §6). The rules:
 * <ul>
 * <li>removes the harakat and Quranic annotation marks: U+064B..U+065F, U+0670 (superscript alef),
 * U+06D6..U+06ED (small high ligatures, pause marks, sajdah sign, small letters) and U+0640 (tatweel);</li>
 * <li>maps alef with hamza above/below, alef with madda and alef wasla to a bare alef;</li>
 * <li>maps alef maksura to yeh and teh marbuta to heh;</li>
 * <li>lower-cases everything else (for translations).</li>
 * </ul>
 * The lead plans to replace this with the Lucene-based search module; until then it must be correct, not clever.
 */
final class ArabicFolding {

    static final char FATHATAN = '\u064B';
    static final char LAST_HARAKA = '\u065F';
    static final char SUPERSCRIPT_ALEF = '\u0670';
    static final char TATWEEL = '\u0640';
    static final char SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA = '\u06D6';
    static final char SMALL_LOW_MEEM = '\u06ED';
    static final char ALEF = '\u0627';
    static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
    static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
    static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
    static final char ALEF_WASLA = '\u0671';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    static final char TEH_MARBUTA = '\u0629';
    static final char HEH = '\u0647';

    private ArabicFolding() {
    }

    static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= FATHATAN && c <= LAST_HARAKA) || c == SUPERSCRIPT_ALEF || c == TATWEEL
                    || (c >= SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA && c <= SMALL_LOW_MEEM)) {
                continue;
            }
            out.append(switch (c) {
                case ALEF_WITH_MADDA_ABOVE, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA -> ALEF;
                case ALEF_MAKSURA -> YEH;
                case TEH_MARBUTA -> HEH;
                default -> c;
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
