package org.itqan.quran.search.analysis;

/**
 * Tim Buckwalter's ASCII transliteration of Arabic, as used by the Quranic Arabic Corpus, extended with its
 * Quranic letters: {@code {} for alef wasla, {@code `} for the superscript alef, {@code ^} maddah and {@code #}
 * hamza above. Characters outside the table pass through unchanged.
 */
public final class Buckwalter {

    private static final String LATIN = "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{^#";
    private static final String ARABIC = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B"
            + "\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0640"
            + "\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650"
            + "\u0651\u0652\u0670\u0671\u0653\u0654";

    static {
        if (LATIN.length() != ARABIC.length()) {
            throw new IllegalStateException("Buckwalter table is misaligned");
        }
    }

    private Buckwalter() {
    }

    public static String toArabic(String latin) {
        var out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            int index = LATIN.indexOf(c);
            out.append(index >= 0 ? ARABIC.charAt(index) : c);
        }
        return out.toString();
    }
}
