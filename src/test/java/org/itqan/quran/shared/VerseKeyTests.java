package org.itqan.quran.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class VerseKeyTests {

    @Test
    void parsesVerseKey() {
        var key = VerseKey.parse("2:255");
        assertThat(key.chapter()).isEqualTo(2);
        assertThat(key.verse()).isEqualTo(255);
        assertThat(key.toString()).isEqualTo("2:255");
    }

    @Test
    void badInputRepeatedInAnErrorIsCutAt40CharactersButNeverInsideASurrogatePair() {
        assertThat(VerseKey.abbreviate("2:255")).isEqualTo("2:255");
        assertThat(VerseKey.abbreviate("a".repeat(50))).isEqualTo("a".repeat(40) + "…");
        var emojis = "a" + "😀".repeat(30); // each emoji is two chars: the 40th char is the first half of one
        assertThat(VerseKey.abbreviate(emojis)).isEqualTo("a" + "😀".repeat(19) + "…");
        assertThat(UnicodeText.isWellFormed(VerseKey.abbreviate(emojis))).isTrue();
    }

    @Test
    void numbersVersesInReadingOrder() {
        assertThat(VerseKey.parse("1:1").id()).isEqualTo(1);
        assertThat(VerseKey.parse("2:1").id()).isEqualTo(8);
        assertThat(VerseKey.parse("2:255").id()).isEqualTo(262);
        assertThat(VerseKey.parse("114:6").id()).isEqualTo(6236);
    }

    @Test
    void mapsEveryVerseIdBackToItsKey() {
        for (int id = 1; id <= Mushaf.VERSES; id++) {
            assertThat(VerseKey.ofId(id).id()).isEqualTo(id);
        }
        assertThat(VerseKey.ofId(7)).isEqualTo(new VerseKey(1, 7));
        assertThat(VerseKey.ofId(8)).isEqualTo(new VerseKey(2, 1));
    }

    @Test
    void versesCountSumsToTheWholeQuran() {
        int sum = 0;
        for (int c = 1; c <= Mushaf.CHAPTERS; c++) {
            sum += Mushaf.verseCount(c);
        }
        assertThat(sum).isEqualTo(6236);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "2", "2:", ":5", "2:255:1", "-1:1", "2:-1", "1 :1", "+2:1", "2:1x", "1234:1",
        "٢:٢٥٥"})
    void rejectsMalformedKeyAsBadRequest(String text) {
        assertThatThrownBy(() -> VerseKey.parse(text)).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(p.type()).isEqualTo(ProblemType.INVALID_VERSE_KEY);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:1", "115:1", "2:300", "2:0", "1:8", "114:7"})
    void rejectsKeyOutsideTheMushafAsNotFound(String text) {
        assertThatThrownBy(() -> VerseKey.parse(text)).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(p.type()).isEqualTo(ProblemType.VERSE_NOT_FOUND);
            assertThat(p.getBody().getDetail()).contains(text.split(":")[0]);
        });
    }

    @Test
    void explainsWhatIsValid() {
        assertThatThrownBy(() -> VerseKey.parse("2:300"))
                .hasMessageContaining("Chapter 2 has verses 1 to 286");
        assertThatThrownBy(() -> VerseKey.parse("115:1"))
                .hasMessageContaining("chapters are numbered 1 to 114");
    }

    @Test
    void rejectsConstructingANonexistentVerse() {
        assertThatThrownBy(() -> new VerseKey(1, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerseKey(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
