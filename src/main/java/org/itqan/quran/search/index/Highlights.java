package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
import org.itqan.quran.search.index.VerseIndex.Edition;
import org.itqan.quran.shared.Caches;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Renders highlights as HTML: the matching words wrapped in {@code <em>}, everything else escaped. Translations are
 * re-analysed with their edition's analyzer, so a highlighted word is exactly a word the index matched.
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
        escape(text, 0, text.length(), html);
    }

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
