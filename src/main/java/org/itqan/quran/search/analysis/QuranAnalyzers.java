package org.itqan.quran.search.analysis;

import java.io.Reader;
import java.text.Normalizer;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The analyzers of the search index. Arabic is split on whitespace only (the Quran text has no punctuation) and
 * then normalised ({@link QuranTextNormalizer}), optionally light-stemmed with Lucene's {@code ArabicStemmer}
 * (prefixes ال وال بال كال فال لل و and common suffixes), or kept diacritised for exact mode.
 * <p>
 * Translations use Lucene's analyzer for their language (stop words and stemming), behind a character filter that
 * folds Latin letters with diacritics to their base letter, because transliterated names carry macrons and dots
 * (Allāh, Mūsā) that nobody types. Urdu has no Lucene stemmer: it gets the standard tokenizer with Arabic and
 * Persian normalisation (Urdu's keheh, farsi yeh and heh goal meet their Arabic letters) and no stemming.
 */
public final class QuranAnalyzers {

    private static final NormalizeCharMap LATIN_FOLDING = latinFolding();
    /**
     * Normalised words the light stemmer must not touch: it would strip the article from the divine name (الله to
     * له) and so match every له in the Quran.
     */
    static final CharArraySet PROTECTED = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of("الله", "لله", "والله", "بالله", "فالله", "تالله", "اللهم", "ولله", "فلله"), false));

    private QuranAnalyzers() {
    }

    public static Analyzer normalized() {
        return arabic(false, false);
    }

    public static Analyzer stemmed() {
        return arabic(false, true);
    }

    public static Analyzer exact() {
        return arabic(true, false);
    }

    /** The analyzer for a translation in the language with this ISO 639-1 code. */
    public static Analyzer translation(String languageIso) {
        var language = switch (languageIso) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "id" -> new IndonesianAnalyzer();
            case "tr" -> new TurkishAnalyzer();
            case "ur" -> urdu();
            default -> new StandardAnalyzer();
        };
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new MappingCharFilter(LATIN_FOLDING, reader);
            }
        };
    }

    private static Analyzer arabic(boolean exact, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new WhitespaceTokenizer();
                var stream = new QuranNormalizationFilter(tokenizer, exact);
                return new TokenStreamComponents(tokenizer,
                        stem ? new ArabicStemFilter(new SetKeywordMarkerFilter(stream, PROTECTED)) : stream);
            }
        };
    }

    private static Analyzer urdu() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                var stream = new PersianNormalizationFilter(new ArabicNormalizationFilter(
                        new DecimalDigitFilter(new LowerCaseFilter(tokenizer))));
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Every precomposed Latin letter whose decomposition is one ASCII letter plus marks maps to that letter. */
    private static NormalizeCharMap latinFolding() {
        var builder = new NormalizeCharMap.Builder();
        for (char c = '\u00C0'; c <= '\u1EFF'; c++) {
            if (c > '\u024F' && c < '\u1E00') {
                continue;
            }
            var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (base.length() == 1 && base.charAt(0) < 128 && Character.isLetter(base.charAt(0))) {
                builder.add(String.valueOf(c), base);
            }
        }
        builder.add("\u02BF", ""); // modifier letter left half ring (ʿayn in transliterations)
        builder.add("\u02BE", ""); // modifier letter right half ring (hamza)
        return builder.build();
    }
}
