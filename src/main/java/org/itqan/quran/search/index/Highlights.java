package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.itqan.quran.search.index.VerseIndex.Edition;

/**
 * Renders highlights as HTML: the matching words wrapped in {@code <em>}, everything else escaped. Translations are
 * re-analysed with their edition's analyzer, so a highlighted word is exactly a word the index matched.
 */
public final class Highlights {

    private Highlights() {
    }

    public static String translation(Edition edition, String text, TermMatcher matcher) {
        var html = new StringBuilder(text.length() + 32);
        int last = 0;
        try (var stream = edition.analyzer().tokenStream(edition.field(), text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (offset.startOffset() >= last && matcher.matchesTranslation(term.toString())) {
                    escape(text.substring(last, offset.startOffset()), html);
                    html.append("<em>");
                    escape(text.substring(offset.startOffset(), offset.endOffset()), html);
                    html.append("</em>");
                    last = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        escape(text.substring(last), html);
        return html.toString();
    }

    /**
     * The Uthmani text with the words at {@code positions} (1-based, pause signs not counted) in {@code <em>}; the
     * text between words is kept byte for byte.
     */
    public static String uthmani(String text, List<Integer> positions) {
        var html = new StringBuilder(text.length() + 16 * positions.size());
        int position = 0;
        var tokens = text.split(" ", -1);
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                html.append(' ');
            }
            var token = tokens[i];
            boolean word = !token.isEmpty() && !token.chars().allMatch(c -> QuranTextNormalizer.isRemoved((char) c));
            if (word && positions.contains(++position)) {
                html.append("<em>").append(token).append("</em>");
            } else {
                html.append(token);
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }
}
