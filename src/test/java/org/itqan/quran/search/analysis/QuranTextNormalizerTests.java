package org.itqan.quran.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One example per rule, edge cases, then properties over generated Arabic strings with a fixed, logged seed. */
class QuranTextNormalizerTests {

    private static final Logger log = LoggerFactory.getLogger(QuranTextNormalizerTests.class);
    /** Fixed so a failure replays; change it (and log it) to explore other strings. */
    private static final long SEED = Long.getLong("normalizer.seed", 20_260_311L);
    private static final Random random = new Random(SEED);
    private static final String LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱ";
    private static final String MARKS = "ًٌٍَُِّْٰٓٔـۣۖۗۘۙۚۛۜ۟۠ۢۥۦۨ۩۪ۭ";

    @BeforeAll
    static void logSeed() {
        log.info("Property tests use seed {} (-Dnormalizer.seed={} replays)", SEED, SEED);
    }

    private static void check(String input, String expected) {
        assertThat(QuranTextNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void mapsAlefWaslaToAlef() {
        check("ٱلْحَمْدُ", "الحمد"); // the wasla marks an elided hamza; Imlaei writes a plain alef
    }

    @Test
    void replacesSuperscriptAlefWithAlef() {
        check("ٱلْكِتَٰبُ", "الكتاب"); // the dagger alef is the long ā Imlaei spells with a written alef
    }

    @Test
    void dropsSuperscriptAlefAfterAlefMaksuraAtWordEnd() {
        check("عَلَىٰ", "علي"); // here it only marks the ā of the maksura
    }

    @Test
    void seatsSuperscriptAlefOnMaksuraInsideAWord() {
        check("أَدْرَىٰكَ", "ادراك"); // Imlaei: أدراك
    }

    @Test
    void seatsSuperscriptAlefOnWawAfterFatha() {
        check("ٱلصَّلَوٰةَ", "الصلاه"); // صلوٰة/صلاة, likewise زكوٰة and حيوٰة
    }

    @Test
    void keepsConsonantWawBeforeSuperscriptAlef() {
        check("ٱلسَّمَٰوَٰتِ", "السماوات"); // the waw carries its own fatha: it is a consonant
    }

    @Test
    void removesSmallHighQuranicMarks() {
        check("أُو۟لَـٰٓئِكَ", "اولءك"); // U+06DF marks the silent waw-alef; the word then maps via the spelling list
    }

    @Test
    void dropsPauseMarkTokens() {
        check("رَيْبَ ۛ فِيهِ ۛ هُدًى", "ريب فيه هدي"); // pause signs stand alone between words
    }

    @Test
    void removesSmallWawOfThePronoun() {
        check("لَهُۥ", "له"); // U+06E5 lengthens the pronoun's vowel; Imlaei does not write it
    }

    @Test
    void mapsSmallHighYehToYeh() {
        check("إِبْرَٰهِـۧمَ", "ابراهيم"); // U+06E7 stands for the yeh Imlaei writes
    }

    @Test
    void removesTatweel() {
        check("ٱلْعَـٰلَمِينَ", "العالمين"); // tatweel only stretches the line to carry a mark
    }

    @Test
    void removesHarakatTanweenShaddaAndSukun() {
        check("رَبِّ", "رب");
        check("هُدًى", "هدي"); // tanween and the maksura
    }

    @Test
    void mapsHamzaCarriersOnAlefToAlef() {
        check("أَإِذَا آمَنُوا", "ااذا امنوا");
    }

    @Test
    void mapsWawHamzaToWaw() {
        check("يُؤْمِنُونَ", "يومنون");
    }

    @Test
    void mapsYehHamzaAndHamzaOnTatweelToHamza() {
        check("بِئْسَ سُـِٔلَ", "بءس سءل"); // the seat varies across scripts (سئل), the hamza does not
    }

    @Test
    void dropsLoneHamzaBeforeAlef() {
        check("ءَامَنُوا۟", "امنوا"); // Uthmani ءا is Imlaei آ
    }

    @Test
    void mapsAlefMaksuraToYeh() {
        check("مُوسَىٰ", "موسي");
    }

    @Test
    void mapsTehMarbutaToHeh() {
        check("رَحْمَةً", "رحمه");
    }

    @Test
    void mapsPersianAndUrduKeyboardLettersToTheirArabicLetters() {
        // Persian and Urdu keyboards type ی for yeh, ک for kaf and ہ or ھ for heh: the same letters, other code points.
        check("قل ھو اللہ احد", "قل هو الله احد");
        check("الرحیم", "الرحيم");
        check("کتاب", "كتاب");
        check("رحمۃ رحمۂ", "رحمه رحمه"); // teh marbuta goal and heh goal with hamza, as teh marbuta
        check("علے", "علي"); // yeh barree, as alef maksura
    }

    @Test
    void splitsTheUthmaniVocative() {
        check("يَـٰٓأَيُّهَا", "يا ايها"); // Imlaei writes يا apart
        check("وَيَـٰقَوْمِ", "ويا قوم"); // also after a conjunction
    }

    @Test
    void mapsWellKnownSpellingsToTheImlaeiForm() {
        check("ٱلرَّحْمَـٰنِ", "الرحمن"); // Imlaei also omits the alef the dagger marks
        check("ذَٰلِكَ وَكَذَٰلِكَ", "ذلك وكذلك");
        check("هَـٰذَا", "هذا");
        check("إِلَـٰهَ", "اله");
        check("ٱلَّيْلِ", "اليل"); // Uthmani writes one lam with shadda; both meet on the shorter form
        check("والصلوة الزكوة", "والصلاه الزكاه"); // the Uthmani spelling typed without its dagger alef
    }

    @Test
    void readsAWordStrippedOfItsSuperscriptLettersWithoutThem() {
        // Deleting every mark also deletes the dagger alef and the small high yeh, which stand for letters: the
        // stripped word is the bare rasm, a second form the quote verifier accepts for the Uthmani word.
        assertThat(QuranTextNormalizer.normalizeStrippedWord("ٱلْعَـٰلَمِينَ")).isEqualTo("العلمين");
        assertThat(QuranTextNormalizer.normalizeWord("ٱلْعَـٰلَمِينَ")).isEqualTo("العالمين");
        assertThat(QuranTextNormalizer.normalizeStrippedWord("إِبْرَٰهِـۧمَ")).isEqualTo("ابرهم");
        assertThat(QuranTextNormalizer.normalizeStrippedWord("ٱلصَّلَوٰةَ")).isEqualTo("الصلاه"); // الصلوة, mapped
        assertThat(QuranTextNormalizer.normalizeStrippedWord("قَالَ")).isEqualTo("قال"); // nothing superscript
        assertThat(QuranTextNormalizer.normalizeStrippedWord("يَـٰٓأَيُّهَا")).isEqualTo("يا ايها"); // vocative kept
    }

    @Test
    void leavesEmptyAndLatinTextAlone() {
        check("", "");
        check("mercy 2:255", "mercy 2:255");
    }

    @RepeatedTest(200)
    void isIdempotent() {
        var s = arabic();
        var once = QuranTextNormalizer.normalize(s);
        assertThat(QuranTextNormalizer.normalize(once)).as("seed %d input %s", SEED, s).isEqualTo(once);
    }

    @RepeatedTest(200)
    void isNeverLongerThanItsInputAndRemovesEveryMark() {
        var s = arabic();
        var out = QuranTextNormalizer.normalize(s);
        assertThat(out.length()).as("seed %d input %s", SEED, s).isLessThanOrEqualTo(s.length());
        assertThat(out.chars().noneMatch(c -> QuranTextNormalizer.isRemoved((char) c) || c == '\u0670'))
                .as("seed %d output %s", SEED, out).isTrue();
    }

    @RepeatedTest(200)
    void ignoresHarakatAndPauseMarks() {
        var bare = new StringBuilder();
        var marked = new StringBuilder();
        for (int w = 0, words = 1 + random.nextInt(4); w < words; w++) {
            for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
                char letter = "ابتثجحخدرسشصعفقلمنهوي".charAt(random.nextInt(21));
                bare.append(letter);
                marked.append(letter);
                if (random.nextBoolean()) {
                    // never a dagger alef or hamza above: the normaliser reads those as letters
                    marked.append("َُِّْـًٌٍ".charAt(random.nextInt(9)));
                }
            }
            bare.append(' ');
            marked.append(random.nextBoolean() ? " ۖ " : " ");
        }
        assertThat(QuranTextNormalizer.normalize(marked.toString())).as("seed %d input %s", SEED, marked)
                .isEqualTo(QuranTextNormalizer.normalize(bare.toString()));
    }

    private static String arabic() {
        var s = new StringBuilder();
        for (int i = 0, n = random.nextInt(30); i < n; i++) {
            int kind = random.nextInt(10);
            s.append(kind < 6 ? LETTERS.charAt(random.nextInt(LETTERS.length()))
                    : kind < 9 ? MARKS.charAt(random.nextInt(MARKS.length())) : ' ');
        }
        return s.toString();
    }
}
