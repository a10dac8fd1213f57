package org.itqan.quran.userdata.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import org.itqan.quran.userdata.UserDataException;
import org.itqan.quran.userdata.UserWrites;
import org.itqan.quran.userdata.UserWrites.Reply;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP side of {@link UserWrites}: validates the {@code Idempotency-Key}, hashes the request (method, path,
 * query, body) so a reused key with another request is detected, and answers the stored or fresh response. A replay
 * carries {@code Idempotent-Replayed: true}.
 */
@Component
class Writes {

    private final UserWrites writes;

    Writes(UserWrites writes) {
        this.writes = writes;
    }

    ResponseEntity<String> run(UUID account, HttpServletRequest request, @Nullable String body, @Nullable String key,
            Supplier<Reply> work) {
        if (key != null && (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw UserDataException.invalid("Idempotency-Key", "Idempotency-Key must be 1 to 255 visible ASCII "
                    + "characters");
        }
        var target = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
                + (body == null ? "" : body);
        var reply = writes.execute(account, key, sha256(target), work);
        return ResponseEntity.status(reply.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", Boolean.toString(reply.replayed())).body(reply.body());
    }

    static Reply reply(int status, @Nullable Object data) {
        return Reply.of(status, JsonBody.JSON.writeValueAsString(Envelope.ok(data)));
    }

    /** Parses {@code If-Match: "3"} (also weak or unquoted) into a version. */
    static @Nullable Integer version(@Nullable String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        var text = ifMatch.strip();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        text = text.replace("\"", "");
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw UserDataException.invalid("If-Match", "If-Match must be the ETag of the object, e.g. \"3\"");
        }
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
