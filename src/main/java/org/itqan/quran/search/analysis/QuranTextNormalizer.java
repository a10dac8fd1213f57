package org.itqan.quran.search.analysis;

/**
 * Normalises Quranic Arabic so that the Uthmani script (Tanzil "Uthmani"), the Imlaei script (Tanzil "Simple") and
 * what people type (no diacritics, any hamza seat) meet on one form. Used only inside the search index and the quote
 * verifier: stored and served text is never normalised (DESIGN.md §6).
 * <p>
 * Modelled on Lucene's {@code ArabicNormalizer}, which leaves the Quranic marks alone. Per character:
 * <ul>
 * <li>Removed: tatweel; harakat, tanween, shadda, sukun, maddah and hamza above/below and the other combining marks
 * U+064B–U+065F; the small high/low Quranic marks U+06D6–U+06ED (pause signs, silent-letter zero, iqlab meem,
 * small waw/yeh of the long pronoun vowel, sajdah sign), except small high yeh; the end-of-ayah and rub el hizb
 * signs (all inside that range).</li>
 * <li>Alef wasla, alef madda, alef with hamza above and below become alef; waw with hamza becomes waw; yeh with
 * hamza and a hamza above on a tatweel become hamza (the seats differ between scripts, the hamza does not); a
 * hamza right before an alef is dropped, because Uthmani writes ءا where Imlaei writes آ.</li>
 * <li>Alef maksura becomes yeh; teh marbuta becomes heh.</li>
 * <li>Superscript (dagger) alef U+0670 becomes alef, because it usually stands where Imlaei writes one
 * (كِتَٰب/كتاب); on a waw seat (صلوٰة) the waw and the dagger alef together become alef (صلاة, زكاة, حياة); after
 * alef maksura it is dropped (عَلَىٰ/على).</li>
 * <li>Small high yeh U+06E7 becomes yeh (إِبْرَٰهِـۧمَ/إبراهيم).</li>
 * <li>First of all, the letters Persian and Urdu keyboards type for Arabic ones become those: farsi yeh ی and yeh
 * barree ے become yeh, keheh ک becomes kaf, and the Urdu hehs (ہ ھ ۀ ۂ ۃ) become heh, as Lucene's
 * {@code PersianNormalizer} does. A quote typed on such a keyboard (قل ھو اللہ احد) is the same text.</li>
 * </ul>
 * Then per word, {@link QuranSpellings} maps the few frequent words where Imlaei also omits the alef the dagger alef
 * marks (الرحمن, ذلك, هذا, إله, لكن, أولئك...), and the Uthmani spellings with a bare waw seat typed without the
 * dagger alef (الصلوة, الزكوة, الحيوة, الربوا), with an optional clitic (و ف ب ل ك) and article in front.
 * <p>
 * The result is never longer than the input, and normalising twice changes nothing.
 */
public final class QuranTextNormalizer {

    static final char HAMZA = '\u0621';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char WAW_HAMZA = '\u0624';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char YEH_HAMZA = '\u0626';
    static final char ALEF = '\u0627';
    static final char TEH_MARBUTA = '\u0629';
    static final char TATWEEL = '\u0640';
    static final char HEH = '\u0647';
    static final char FEH = '\u0641';
    static final char WAW = '\u0648';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    static final char FATHATAN = '\u064B';
    static final char FATHA = '\u064E';
    static final char HAMZA_ABOVE = '\u0654';
    static final char LAST_COMBINING_MARK = '\u065F';
    static final char SUPERSCRIPT_ALEF = '\u0670';
    static final char ALEF_WASLA = '\u0671';
    static final char SMALL_HIGH_LIGATURE_SAD_LAM_ALEF = '\u06D6';
    static final char SMALL_HIGH_YEH = '\u06E7';
    static final char SMALL_LOW_MEEM = '\u06ED';
    static final char KAF = '\u0643';
    static final char KEHEH = '\u06A9';
    static final char HEH_DOACHASHMEE = '\u06BE';
    static final char HEH_YEH_ABOVE = '\u06C0';
    static final char HEH_GOAL = '\u06C1';
    static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2';
    static final char TEH_MARBUTA_GOAL = '\u06C3';
    static final char FARSI_YEH = '\u06CC';
    static final char YEH_BARREE = '\u06D2';

    private QuranTextNormalizer() {
    }

    /** Normalises every whitespace-separated word; words that were only marks (pause signs) disappear. */
    public static String normalize(String text) {
        var out = new StringBuilder(text.length());
        for (var word : text.split("\\s+")) {
            var normalized = normalizeWord(word);
            if (!normalized.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(normalized);
            }
        }
        return out.toString();
    }

    /**
     * Normalises one word (no whitespace inside): the character rules, then {@link QuranSpellings}. The Uthmani
     * vocative (يَـٰٓأَيُّهَا) comes back as two words, يا ايها, as Imlaei writes it.
     */
    public static String normalizeWord(String word) {
        int vocative = vocativeEnd(word);
        if (vocative > 0) {
            var conjunction = word.charAt(0) == YEH ? "" : String.valueOf(word.charAt(0));
            var rest = normalizeWord(word.substring(vocative));
            return conjunction + (rest.isEmpty() ? "يا" : "يا " + rest);
        }
        var chars = word.toCharArray();
        return QuranSpellings.apply(new String(chars, 0, normalize(chars, chars.length)));
    }

    /**
     * The word as it reads once a tool has stripped every mark from it, the superscript letters included, then
     * normalised: ٱلْعَـٰلَمِينَ gives العلمين where {@link #normalizeWord} gives العالمين. Quotes copied from Uthmani
     * text and "cleaned" of diacritics read like this, and so does the rasm people copy from a mushaf. Only the
     * quote verifier accepts it, as a second form of an Uthmani word; it is not a normalisation of its own (for
     * an Imlaei word, or any word without superscript letters, it equals {@link #normalizeWord}). A vocative
     * (يَـٰٓأَيُّهَا) keeps its two-word form.
     */
    public static String normalizeStrippedWord(String word) {
        var normalized = normalizeWord(word);
        if (vocativeEnd(word) > 0 || (word.indexOf(SUPERSCRIPT_ALEF) < 0 && word.indexOf(SMALL_HIGH_YEH) < 0)) {
            return normalized;
        }
        var stripped = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != SUPERSCRIPT_ALEF && c != SMALL_HIGH_YEH) {
                stripped.append(c);
            }
        }
        return normalizeWord(stripped.toString());
    }

    /**
     * The character rules in place, in Lucene's style: returns the new length. Does not apply {@link QuranSpellings}
     * nor split the vocative.
     */
    public static int normalize(char[] s, int len) {
        int out = 0;
        char base = 0; // the last source character that is not a harakat-like mark (letters and tatweel)
        char beforeBase = 0;
        char markOnBeforeBase = 0; // e.g. the fatha on the letter before a waw
        char markOnBase = 0;
        for (int i = 0; i < len; i++) {
            char c = arabicLetter(s[i]);
            switch (c) {
                case ALEF, ALEF_WASLA, ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW -> out = alef(s, out);
                case WAW_HAMZA -> s[out++] = WAW;
                case YEH_HAMZA -> s[out++] = HAMZA; // بئس: the seat is spelled differently across scripts
                case ALEF_MAKSURA, SMALL_HIGH_YEH -> s[out++] = YEH;
                case TEH_MARBUTA -> s[out++] = HEH;
                case HAMZA_ABOVE -> {
                    if (base != ALEF && base != WAW && base != YEH && base != ALEF_MAKSURA) {
                        s[out++] = HAMZA; // شَيْـًٔا: a hamza on a tatweel is a hamza of its own
                    }
                }
                case SUPERSCRIPT_ALEF -> {
                    if (base == WAW && markOnBase == 0 && markOnBeforeBase == FATHA) {
                        out = alef(s, out - 1); // صَلَوٰة: a bare waw after a fatha is only the seat of the alef
                    } else if (base == ALEF_MAKSURA) {
                        if (!atWordEnd(s, i + 1, len)) {
                            out = alef(s, out - 1); // أَدْرَىٰكَ: inside a word the maksura seats the alef
                        } // عَلَىٰ: at the end it only marks the vowel of the maksura
                    } else {
                        out = alef(s, out); // كِتَٰب: the dagger alef stands for a written alef
                    }
                }
                default -> {
                    if (!isRemoved(c)) {
                        s[out++] = c;
                    }
                }
            }
            if (c == ALEF_MADDA || (c >= FATHATAN && c <= LAST_COMBINING_MARK && c != HAMZA_ABOVE)) {
                markOnBase = markOnBase == 0 ? c : markOnBase;
            } else if (c != SUPERSCRIPT_ALEF && !isRemoved(c) || c == TATWEEL) {
                beforeBase = base;
                markOnBeforeBase = markOnBase;
                base = c;
                markOnBase = 0;
            }
        }
        return out;
    }

    /**
     * The vocative يَـٰ (yeh, fatha, tatweel, dagger alef) that Uthmani joins to the next word, as in يَـٰٓأَيُّهَا,
     * possibly after a conjunction (وَيَـٰقَوْمِ); Imlaei writes يا apart. Returns the index where the second word
     * starts, or -1.
     */
    static int vocativeEnd(String word) {
        int i = word.length() > 2 && (word.charAt(0) == WAW || word.charAt(0) == FEH) && word.charAt(1) == FATHA
                ? 2 : 0;
        if (word.length() < i + 5 || word.charAt(i) != YEH) {
            return -1;
        }
        i++;
        while (i < word.length() && word.charAt(i) == FATHA) {
            i++;
        }
        if (i + 1 >= word.length() || word.charAt(i) != TATWEEL || word.charAt(i + 1) != SUPERSCRIPT_ALEF) {
            return -1;
        }
        i += 2;
        while (i < word.length() && isRemoved(word.charAt(i))) {
            i++;
        }
        return i < word.length() ? i : -1;
    }

    /** The Arabic letter a Persian or Urdu keyboard's letter stands for; any other character unchanged. */
    private static char arabicLetter(char c) {
        return switch (c) {
            case FARSI_YEH, YEH_BARREE -> YEH;
            case KEHEH -> KAF;
            case HEH_DOACHASHMEE, HEH_YEH_ABOVE, HEH_GOAL, HEH_GOAL_HAMZA_ABOVE, TEH_MARBUTA_GOAL -> HEH;
            default -> c;
        };
    }

    /** Writes an alef at {@code out}, first dropping hamzas before it: Uthmani ءا is Imlaei آ. */
    private static int alef(char[] s, int out) {
        while (out > 0 && s[out - 1] == HAMZA) {
            out--;
        }
        s[out] = ALEF;
        return out + 1;
    }

    private static boolean atWordEnd(char[] s, int from, int len) {
        for (int i = from; i < len; i++) {
            if (!isRemoved(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** True for the marks the character rules delete (never for a letter). */
    public static boolean isRemoved(char c) {
        return c == TATWEEL || (c >= FATHATAN && c <= LAST_COMBINING_MARK)
                || (c >= SMALL_HIGH_LIGATURE_SAD_LAM_ALEF && c <= SMALL_LOW_MEEM && c != SMALL_HIGH_YEH);
    }
}
