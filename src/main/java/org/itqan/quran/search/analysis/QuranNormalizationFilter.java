package org.itqan.quran.search.analysis;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@link QuranTextNormalizer} to each whitespace token, or, with {@code exact}, keeps the diacritics and
 * only removes what is not one (tatweel) and brings the marks into canonical order (NFC), so that shadda-then-fatha
 * and fatha-then-shadda compare equal. Tokens that were only marks (pause signs) are dropped without leaving a
 * position gap, so a phrase runs across a pause sign. A normalised Uthmani vocative becomes two tokens (يا, ايها)
 * at consecutive positions with the offsets of the original word.
 */
public final class QuranNormalizationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final boolean exact;
    private @Nullable String pending;

    public QuranNormalizationFilter(TokenStream input, boolean exact) {
        super(input);
        this.exact = exact;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            increment.setPositionIncrement(1);
            pending = null;
            return true;
        }
        while (input.incrementToken()) {
            var normalized = exact ? exactForm(term.toString())
                    : QuranTextNormalizer.normalizeWord(term.toString());
            if (normalized.isEmpty()) {
                continue;
            }
            int space = normalized.indexOf(' ');
            if (space > 0) {
                pending = normalized.substring(space + 1);
                normalized = normalized.substring(0, space);
            }
            term.setEmpty().append(normalized);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }

    /** The diacritised form compared in exact mode: NFC, no tatweel; empty for a token that is only marks. */
    public static String exactForm(String word) {
        var nfc = Normalizer.normalize(word, Normalizer.Form.NFC).replace("\u0640", "");
        boolean onlyMarks = nfc.chars().allMatch(c -> QuranTextNormalizer.isRemoved((char) c));
        return onlyMarks ? "" : nfc;
    }
}
