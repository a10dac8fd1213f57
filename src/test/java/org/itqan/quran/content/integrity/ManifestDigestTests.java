package org.itqan.quran.content.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The integrity hash: canonical, order-sensitive, and unambiguous about where fields and rows end. */
class ManifestDigestTests {

    @Test
    void hashesRowsAsUnitAndRecordSeparatedUtf8() throws Exception {
        var expected = MessageDigest.getInstance("SHA-256")
                .digest("1:1\u001fبِسْمِ\u001e1:2\u001f\u001e".getBytes(StandardCharsets.UTF_8));
        var digest = new ManifestDigest().row("1:1", "بِسْمِ").row("1:2", null);
        assertThat(digest.rows()).isEqualTo(2);
        assertThat(digest.hex()).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void changesWhenOneByteChanges() {
        assertThat(new ManifestDigest().row("2:255", "ٱللَّهُ").hex())
                .isNotEqualTo(new ManifestDigest().row("2:255", "ٱللَّهِ").hex());
    }

    @Test
    void distinguishesWhereAFieldEnds() {
        assertThat(new ManifestDigest().row("ab", "c").hex()).isNotEqualTo(new ManifestDigest().row("a", "bc").hex());
    }

    @Test
    void distinguishesWhereARowEnds() {
        assertThat(new ManifestDigest().row("a").row("b").hex()).isNotEqualTo(new ManifestDigest().row("a", "b").hex());
    }

    @Test
    void dependsOnRowOrder() {
        assertThat(new ManifestDigest().row("a").row("b").hex()).isNotEqualTo(new ManifestDigest().row("b").row("a")
                .hex());
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(new ManifestDigest().row("a", null).hex()).isEqualTo(new ManifestDigest().row("a", "").hex());
    }

    @Test
    void countsNoRowsForAnEmptyText() {
        var digest = new ManifestDigest();
        assertThat(digest.rows()).isZero();
        assertThat(digest.hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
