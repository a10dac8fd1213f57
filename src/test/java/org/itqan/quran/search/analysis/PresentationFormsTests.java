package org.itqan.quran.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresentationFormsTests {

    @Test
    void decomposesLigaturesIntoTheirLetters() {
        assertThat(PresentationForms.fold("قل هو ﷲ أحد")).isEqualTo("قل هو الله أحد");
        assertThat(PresentationForms.fold("ﻻ إله إﻻ هو")).isEqualTo("لا إله إلا هو");
    }

    @Test
    void decomposesShapedLettersIntoTheirLetters() {
        // isolated, final, initial and medial glyphs of the same letters: ﺍ ﻟ ﺤ ﻤ ﺪ
        assertThat(PresentationForms.fold("ﺍﻟﺤﻤﺪ")).isEqualTo("الحمد");
    }

    @Test
    void spellsOutTheBasmalaLigatureWhichUnicodeDoesNotDecompose() {
        assertThat(PresentationForms.fold("﷽").strip()).isEqualTo("بسم الله الرحمن الرحيم");
    }

    @Test
    void replacesHonorificLigaturesWithASpace() {
        // ﷺ after the Prophet's name and ﷻ after God's are the writer's eulogies, not words of a quote
        assertThat(PresentationForms.fold("محمد ﷺ رسول الله ﷻ")).isEqualTo("محمد   رسول الله  ");
    }

    @Test
    void leavesTextWithoutPresentationFormsAsItIs() {
        var uthmani = "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ";
        assertThat(PresentationForms.fold(uthmani)).isSameAs(uthmani);
    }
}
