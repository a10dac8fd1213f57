package org.itqan.quran.userdata.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.itqan.quran.userdata.Keyset;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque, tamper-evident page cursors: {@code base64url(list:seq).base64url(HMAC-SHA256(account|list:seq))}. The MAC
 * binds a cursor to the account and the list it came from, so an edited, forged or borrowed cursor is a 400, never
 * a query. Several nodes must share {@code quran.userdata.cursor-secret}; without it each node draws a random one.
 */
@Component
class Cursors {

    private static final Logger log = LoggerFactory.getLogger(Cursors.class);
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private final byte[] secret;

    Cursors(@Value("${quran.userdata.cursor-secret:}") String secret) {
        if (secret.isBlank()) {
            log.warn("quran.userdata.cursor-secret is not set: page cursors are valid on this node until restart");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String encode(UUID account, String list, long seq) {
        var payload = list + ":" + seq;
        return b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64(mac(account, payload));
    }

    /** The keyset a request's {@code first/after} or {@code last/before} parameters ask for. */
    Keyset keyset(UUID account, String list, @Nullable Integer first, @Nullable String after, @Nullable Integer last,
            @Nullable String before) {
        if (first != null && last != null) {
            throw UserDataException.invalid("first", "send first (with after) or last (with before), not both");
        }
        int limit = first != null ? first : last != null ? last : DEFAULT_LIMIT;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw UserDataException.invalid(first != null ? "first" : "last", "page size must be 1 to " + MAX_LIMIT);
        }
        Long afterSeq = after == null ? null : decode(account, list, "after", after);
        Long beforeSeq = before == null ? null : decode(account, list, "before", before);
        return new Keyset(afterSeq, beforeSeq, limit, last != null || (beforeSeq != null && afterSeq == null));
    }

    private long decode(UUID account, String list, String parameter, String cursor) {
        var parts = cursor.split("\\.", -1);
        try {
            if (parts.length == 2 && cursor.length() <= 200) {
                var payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
                var expected = mac(account, payload);
                if (MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[1]))
                        && payload.startsWith(list + ":")) {
                    return Long.parseLong(payload.substring(list.length() + 1));
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: a cursor that is not base64 or not a number is as invalid as a forged one
        }
        throw UserDataException.invalid(parameter, parameter + " is not a cursor this API issued for this list");
    }

    private byte[] mac(UUID account, String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((account + "|" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
