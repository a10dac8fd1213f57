package org.itqan.quran.search.analysis;

import java.util.Map;

/**
 * The word-level part of {@link QuranTextNormalizer}: frequent words whose character-normalised Uthmani and Imlaei
 * forms still differ, mapped to one form (never a longer one, so normalisation stays length-bounded). Each entry is
 * listed with the reason; lookups also try the word without a one-letter clitic (و ف ب ل ك) and the article.
 */
final class QuranSpellings {

    /** Words (already character-normalised) where the dagger alef has no written alef in Imlaei either. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("الرحمان", "الرحمن"), Map.entry("رحمان", "رحمن"),
            Map.entry("ذالك", "ذلك"), Map.entry("ذالكم", "ذلكم"), Map.entry("ذالكما", "ذلكما"),
            Map.entry("هاذا", "هذا"), Map.entry("هاذه", "هذه"), Map.entry("هاذان", "هذان"),
            Map.entry("هاذين", "هذين"), Map.entry("هاولاء", "هولاء"), Map.entry("هاكذا", "هكذا"),
            Map.entry("لاكن", "لكن"), Map.entry("لاكنا", "لكنا"), Map.entry("اولاءك", "اولءك"),
            Map.entry("اولاءكم", "اولءكم"), Map.entry("كذالك", "كذلك"), Map.entry("للرحمان", "للرحمن"),
            Map.entry("الاه", "اله"), Map.entry("الاها", "الها"),
            Map.entry("الاهكم", "الهكم"), Map.entry("الاهنا", "الهنا"), Map.entry("الاهه", "الهه"),
            Map.entry("الاهين", "الهين"), Map.entry("الاهي", "الهي"), Map.entry("الاهك", "الهك"),
            Map.entry("الاهتكم", "الهتكم"), Map.entry("الاهتنا", "الهتنا"),
            // one lam with shadda in Uthmani (ٱلَّيْل), two lams in Imlaei: map to the shorter spelling
            Map.entry("الليل", "اليل"),
            // typed without the dagger alef, the Uthmani spelling keeps its bare waw seat (الصلوة, الزكوة)
            Map.entry("صلوه", "صلاه"), Map.entry("زكوه", "زكاه"), Map.entry("حيوه", "حياه"),
            Map.entry("مشكوه", "مشكاه"), Map.entry("نجوه", "نجاه"), Map.entry("منوه", "مناه"),
            Map.entry("غدوه", "غداه"), Map.entry("ربوا", "ربا"), Map.entry("رباا", "ربا"));

    private QuranSpellings() {
    }

    /** Looks the word up as is, then without a one-letter clitic, the article, or both (و+ال+صلوه). */
    static String apply(String word) {
        var mapped = SPELLINGS.get(word);
        if (mapped != null) {
            return mapped;
        }
        int clitic = word.length() > 3 && "وفبلك".indexOf(word.charAt(0)) >= 0 ? 1 : 0;
        for (int prefix : new int[] {clitic, clitic + (word.startsWith("ال", clitic) ? 2 : 0), 0}) {
            if (prefix > 0 && (mapped = SPELLINGS.get(word.substring(prefix))) != null) {
                return word.substring(0, prefix) + mapped;
            }
        }
        if (word.startsWith("ال") && (mapped = SPELLINGS.get(word.substring(2))) != null) {
            return "ال" + mapped;
        }
        return word;
    }
}
