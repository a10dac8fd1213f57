package org.itqan.quran.shared;

import java.net.URI;

/**
 * The stable {@code type} URIs of every problem+json error the API returns (RFC 9457). Clients may switch on these;
 * they never change meaning. Each is documented in the OpenAPI description and in {@code docs/problems.md}.
 */
public enum ProblemType {

    NOT_FOUND("not-found", "Not found"),
    CHAPTER_NOT_FOUND("chapter-not-found", "Chapter not found"),
    VERSE_NOT_FOUND("verse-not-found", "Verse not found"),
    DIVISION_NOT_FOUND("division-not-found", "Division not found"),
    RESOURCE_NOT_FOUND("resource-not-found", "Resource not found"),
    SCRIPT_NOT_FOUND("script-not-found", "Script not found"),
    CORRECTION_NOT_FOUND("correction-not-found", "Correction not found"),
    FOUR_EYES_REQUIRED("four-eyes-required", "Four eyes required"),
    CORRECTION_CONFLICT("correction-conflict", "Correction conflict"),
    INVALID_VERSE_KEY("invalid-verse-key", "Invalid verse key"),
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter"),
    INVALID_QUERY("invalid-query", "Invalid search query"),
    BAD_REQUEST("bad-request", "Bad request"),
    INVALID_FILE("invalid-file", "Invalid file"),
    UNAUTHORIZED("unauthorized", "Authentication required"),
    FORBIDDEN("forbidden", "Forbidden"),
    CONFLICT("conflict", "Conflict"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large"),
    RATE_LIMITED("rate-limited", "Too many requests"),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable"),
    INTERNAL_ERROR("internal-error", "Internal error");

    /** Documentation root for problem types; each slug has a section in docs/problems.md. */
    public static final String BASE = "https://itqan.dev/quran-api/problems/";

    private final String slug;
    private final String title;

    ProblemType(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The generic type for a status that no domain rule produced (Spring's own 404/405/415...). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
