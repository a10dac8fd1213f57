package org.itqan.quran.content.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The canonical hash of one stored text (a script, the words, a translation): SHA-256 over its rows in reading
 * order, each row's fields separated by U+001F (unit separator) and terminated by U+001E (record separator), in
 * UTF-8. Null fields hash as empty. The separators cannot occur in the texts, so no two different row lists can
 * produce the same byte stream. Import computes it from the verified files; the runtime check from the database.
 */
public final class ManifestDigest {

    private static final byte UNIT_SEPARATOR = 0x1f;
    private static final byte RECORD_SEPARATOR = 0x1e;

    private final MessageDigest digest;
    private int rows;

    public ManifestDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public ManifestDigest row(@Nullable String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                digest.update(UNIT_SEPARATOR);
            }
            var field = fields[i];
            if (field != null) {
                digest.update(field.getBytes(StandardCharsets.UTF_8));
            }
        }
        digest.update(RECORD_SEPARATOR);
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Finishes the digest; the instance must not be used afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
