package org.itqan.quran.search.analysis;

import java.text.Normalizer;

/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are the shaped glyphs of old fonts and of text copied
 * out of PDFs: ﻻ for lam-alef, ﷲ for the divine name, ﷽ for the basmala. They are the same words, so search queries
 * and quotes are read with each one replaced by its compatibility decomposition (NFKC of that character only,
 * nothing else in the text is touched). The honorific ligatures (ﷺ, ﷻ, U+FD40–U+FD4F, U+FDFE, U+FDFF) are a
 * writer's eulogy after a name, not words of a quote: they become a space.
 */
public final class PresentationForms {

    private static final char BASMALA = '\uFDFD';

    private PresentationForms() {
    }

    /** The text with its presentation forms decomposed; the same instance when it has none. */
    public static String fold(String text) {
        int first = 0;
        while (first < text.length() && !isPresentationForm(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        var out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPresentationForm(c)) {
                out.append(c);
            } else if (isHonorific(c)) {
                out.append(' ');
            } else if (c == BASMALA) {
                out.append(" بسم الله الرحمن الرحيم "); // Unicode gives the ligature no decomposition
            } else {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            }
        }
        return out.toString();
    }

    static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }

    private static boolean isHonorific(char c) {
        return (c >= '\uFD40' && c <= '\uFD4F') || c == '\uFDFA' || c == '\uFDFB' || c == '\uFDFE' || c == '\uFDFF';
    }
}
