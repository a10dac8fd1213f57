package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.itqan.quran.search.index.VerseIndex.Edition;
import org.itqan.quran.shared.Caches;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Renders a translation's highlights as HTML: the matching words wrapped in {@code <em>}, everything else escaped.
 * Translations are re-analysed with their edition's analyzer, so a highlighted word is exactly a word the index
 * matched. (The Uthmani text's highlights are word positions, which the search presenter renders as bytes.)
 */
public final class Highlights {

    private Highlights() {
    }

    public static String translation(Edition edition, String text, TermMatcher matcher) {
        var tokens = TOKENS.get(text, t -> analyse(edition, t));
        var html = new StringBuilder(text.length() + 32);
        int last = 0;
        for (int i = 0; i < tokens.terms().length; i++) {
            int start = tokens.offsets()[2 * i];
            int end = tokens.offsets()[2 * i + 1];
            if (start >= last && matcher.matchesTranslation(tokens.terms()[i])) {
                escape(text, last, start, html);
                html.append("<em>");
                escape(text, start, end, html);
                html.append("</em>");
                last = end;
            }
        }
        escape(text, last, text.length(), html);
        return html.toString();
    }

    /** A translation text as its edition's analyzer sees it: each token's term and its start and end offsets. */
    private record Tokens(String[] terms, int[] offsets) {
    }

    private static Tokens analyse(Edition edition, String text) {
        var terms = new ArrayList<String>();
        var offsets = new ArrayList<Integer>();
        try (var stream = edition.analyzer().tokenStream(edition.field(), text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                offsets.add(offset.startOffset());
                offsets.add(offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(terms.toArray(String[]::new), offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Analysed translation texts, kept for the verses searches keep landing on: analysing the matched editions'
     * texts of every hit was 40% of a computed English search. Keyed by the text's identity (weak keys): each edition's
     * verse text is one String per content version, so a new version's texts are new keys and old ones go.
     * About 1.5 KB a text; bounded at 4,096 texts.
     */
    private static final Cache<String, Tokens> TOKENS = Caches.newBuilder().weakKeys().maximumSize(4096).build();

    /**
     * Appends {@code text[from, to)} HTML-escaped. Runs without a special character are appended whole: a
     * translation is mostly such runs, and appending it a character at a time (after copying it out with
     * substring) was most of an English search's garbage.
     */
    private static void escape(String text, int from, int to, StringBuilder html) {
        int run = from;
        for (int i = from; i < to; i++) {
            var entity = switch (text.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                html.append(text, run, i).append(entity);
                run = i + 1;
            }
        }
        html.append(text, run, to);
    }
}
