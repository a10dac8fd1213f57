package org.itqan.quran.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Sorting by Arabic name: alef and hamza variants together, unlike a code-point sort. */
class ArabicCollationTests {

    private static List<String> sorted(String... names) {
        var list = new ArrayList<>(List.of(names));
        list.sort(ArabicCollation.NAMES);
        return list;
    }

    private static List<String> codePointSorted(String... names) {
        var list = new ArrayList<>(List.of(names));
        list.sort(null);
        return list;
    }

    @Test
    void alefWithHamzaAboveOrBelowAndWithMaddaSortAsAlef() {
        // أ, إ and ا sort by the following letter (ب < ح < ل); alef madda reads as hamza + alef (آدم = ءادم), so its
        // second letter is an alef, first of all. Code points put آ (U+0622), أ (U+0623) and إ (U+0625) before
        // ا (U+0627), so the bare-alef word would come last.
        var names = new String[] {"احمد", "إبراهيم", "آدم", "أل"};
        assertThat(sorted(names)).containsExactly("آدم", "إبراهيم", "احمد", "أل");
        assertThat(codePointSorted(names)).containsExactly("آدم", "أل", "إبراهيم", "احمد");
    }

    @Test
    void alefWaslaSortsAsAlef() {
        // ٱ U+0671 is past ي U+064A by code point, so ٱلله would sort after every other letter
        assertThat(sorted("يوم", "ٱلله", "الأنعام", "باب")).containsExactly("الأنعام", "ٱلله", "باب", "يوم");
        assertThat(codePointSorted("يوم", "ٱلله", "الأنعام", "باب")).containsExactly("الأنعام", "باب", "يوم", "ٱلله");
    }

    @Test
    void variantsDifferOnlyAfterTheLetters() {
        // same letters, different alef form: adjacent, told apart only after all letters compared equal, so the
        // order is total and stable; with a word between them by code point (أ U+0623 < ؤ U+0624 < ا U+0627)
        assertThat(ArabicCollation.NAMES.compare("احمد", "أحمد")).isNotZero();
        assertThat(sorted("احمد", "ؤب", "أحمد")).containsExactly("ؤب", "أحمد", "احمد");
        assertThat(codePointSorted("احمد", "ؤب", "أحمد")).containsExactly("أحمد", "ؤب", "احمد");
    }

    @Test
    void hamzaOnWawAndYehSortWithTheHamzaLetters() {
        // CLDR's Arabic rules treat ء, ؤ and ئ as forms of hamza (with alef), not as waw and yeh:
        // ؤلف and ئلف sort among the alef words by their following letters; code points put them apart
        assertThat(sorted("وادي", "ئلف", "البقرة", "ؤلف", "النساء", "ءادم"))
                .containsExactly("ءادم", "البقرة", "ؤلف", "ئلف", "النساء", "وادي");
        assertThat(codePointSorted("وادي", "ئلف", "البقرة", "ؤلف", "النساء", "ءادم"))
                .containsExactly("ءادم", "ؤلف", "ئلف", "البقرة", "النساء", "وادي");
    }

    @Test
    void arabicNamesComeBeforeLatinOnes() {
        assertThat(sorted("Saheeh International", "تفسير الميسر", "Al-Fatiha"))
                .containsExactly("تفسير الميسر", "Al-Fatiha", "Saheeh International");
    }
}
