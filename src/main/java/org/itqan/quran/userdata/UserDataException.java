package org.itqan.quran.userdata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A rejected user-data request. The web layer renders it in the Quran Foundation user-API error envelope
 * {@code {"success":false,"error":{"type":..,"message":..}}}; {@link #current()} carries the current state of the
 * object on a conflict (409) or failed precondition (412), so the client can merge without another read.
 */
public class UserDataException extends RuntimeException {

    private final int status;
    private final String type;
    private final @Nullable Object current;
    private final Map<String, Object> details = new LinkedHashMap<>();

    public UserDataException(int status, String type, String message, @Nullable Object current) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.current = current;
    }

    /** 400 {@code invalid_request} naming the field. */
    public static UserDataException invalid(String field, String message) {
        var e = new UserDataException(400, "invalid_request", message, null);
        e.details.put("field", field);
        return e;
    }

    /**
     * 400 {@code invalid_request}: the field's text has an unpaired surrogate ({@link
     * org.itqan.quran.shared.UnicodeText}). PostgreSQL cannot store such text, and where it can be stored it breaks
     * later reads instead of this one request: a sync pull writes stored JSON as it is and fails halfway in UTF-8.
     */
    public static UserDataException notUnicode(String field) {
        return invalid(field, field + " is not Unicode text: it has an unpaired surrogate");
    }

    /** 404 {@code not_found}: also for ids owned by someone else, so ids cannot be probed. */
    public static UserDataException notFound(String what) {
        return new UserDataException(404, "not_found", what + " not found", null);
    }

    public static UserDataException conflict(String message, @Nullable Object current) {
        return new UserDataException(409, "conflict", message, current);
    }

    /** 412: the If-Match version is not the current one; {@code current} is the object as it is now. */
    public static UserDataException preconditionFailed(Object current) {
        return new UserDataException(412, "precondition_failed",
                "The object was changed by another request; merge with the current state and retry", current);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public @Nullable Object current() {
        return current;
    }

    public Map<String, Object> details() {
        return details;
    }
}
