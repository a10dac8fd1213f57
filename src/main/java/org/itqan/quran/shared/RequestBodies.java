package org.itqan.quran.shared;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Reading JSON request bodies member by member. Bodies are bound as maps and checked here, so that an unknown
 * member ({@code role}, {@code id}, an owner) is rejected rather than silently bound: no mass assignment.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** @throws ApiProblem 400 naming the first member that is not in {@code allowed} */
    public static void only(Map<String, Object> body, Set<String> allowed) {
        for (var key : body.keySet()) {
            if (!allowed.contains(key)) {
                throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                        Message.of("detail.body.unknown-member", VerseKey.abbreviate(key), new java.util.TreeSet<>(allowed)))
                        .with("parameter", VerseKey.abbreviate(key));
            }
        }
    }

    /** @throws ApiProblem 400 when the member is missing or not a string */
    public static String text(Map<String, Object> body, String key) {
        if (!(body.get(key) instanceof String value)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                    Message.of("detail.body.required-string", key)).with("parameter", key);
        }
        return unicode(key, value);
    }

    /** @throws ApiProblem 400 when the member is present but not a string */
    public static @Nullable String optionalText(Map<String, Object> body, String key) {
        var value = body.get(key);
        if (value != null && !(value instanceof String)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER, Message.of("detail.body.string", key))
                    .with("parameter", key);
        }
        return value == null ? null : unicode(key, (String) value);
    }

    /** @throws ApiProblem 400 when {@code value} is not Unicode text ({@link UnicodeText}) */
    public static String unicode(String key, String value) {
        if (!UnicodeText.isWellFormed(value)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                    Message.of("detail.body.not-unicode", key)).with("parameter", key);
        }
        return value;
    }
}
