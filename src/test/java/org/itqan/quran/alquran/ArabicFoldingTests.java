package org.itqan.quran.alquran;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The /v1 search folding: one example per rule, edge cases, and properties on seeded random Arabic strings. */
class ArabicFoldingTests {

    private static final Logger log = LoggerFactory.getLogger(ArabicFoldingTests.class);
    private static final long SEED = 20261126L;
    private static final Random RANDOM = new Random(SEED);

    static void check(String input, String expected) {
        assertThat(ArabicFolding.fold(input)).isEqualTo(expected);
    }

    @Test
    void removesHarakat() {
        check("بِسْمِ", "بسم"); // kasra and sukun are vowel signs, not letters
    }

    @Test
    void removesSuperscriptAlef() {
        check("ٱلرَّحْمَٰنِ", "الرحمن"); // U+0670 marks a long a that the simple spelling does not write
    }

    @Test
    void mapsAlefWaslaToAlef() {
        check("ٱللَّهِ", "الله"); // U+0671 is an alef whose hamza is not pronounced in connected speech
    }

    @Test
    void mapsHamzaAndMaddaAlefsToAlef() {
        check("أإآ", "ااا");
    }

    @Test
    void mapsAlefMaksuraToYehAndTehMarbutaToHeh() {
        check("هُدًى", "هدي");
        check("ٱلصَّلَوٰةَ", "الصلوه"); // also drops the superscript alef over the waw
    }

    @Test
    void removesQuranicMarksAndTatweel() {
        check("رَيْبَۛ", "ريب"); // U+06DB is a pause mark
        check("كـتـب", "كتب");
    }

    @Test
    void leavesLatinTextLowerCasedAndEmptyTextEmpty() {
        check("Moses", "moses");
        check("", "");
    }

    @RepeatedTest(20)
    void isIdempotentNeverLongerAndFreeOfMarks() {
        log.debug("seed {}", SEED);
        var s = randomArabic();
        var folded = ArabicFolding.fold(s);
        assertThat(ArabicFolding.fold(folded)).isEqualTo(folded);
        assertThat(folded.length()).isLessThanOrEqualTo(s.length());
        assertThat(folded.chars()).noneMatch(c -> (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640
                || (c >= 0x06D6 && c <= 0x06ED));
    }

    /** Letters U+0621..U+063A and U+0641..U+064A, with harakat and Quranic marks sprinkled in. */
    private static String randomArabic() {
        var sb = new StringBuilder();
        int length = 1 + RANDOM.nextInt(30);
        for (int i = 0; i < length; i++) {
            sb.append(RANDOM.nextBoolean() ? (char) (0x0621 + RANDOM.nextInt(26)) : (char) (0x0641 + RANDOM.nextInt(10)));
            if (RANDOM.nextInt(3) == 0) {
                sb.append((char) (0x064B + RANDOM.nextInt(8)));
            }
            if (RANDOM.nextInt(6) == 0) {
                sb.append((char) (0x06D6 + RANDOM.nextInt(24)));
            }
        }
        return sb.toString();
    }
}
