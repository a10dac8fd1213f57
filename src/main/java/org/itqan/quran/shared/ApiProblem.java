package org.itqan.quran.shared;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error that renders as RFC 9457 problem+json with a stable {@link ProblemType}. Every module throws this (or a
 * subclass) so that one advice renders all of them without knowing the module. Extension members are snake_case.
 * The body holds the English title and detail; {@link #localize(Locale)} swaps in another language when the response
 * is written (the detail is kept as a {@link Message}, so details from code without a key stay English).
 */
public class ApiProblem extends ErrorResponseException {

    private final ProblemType type;
    private final Message detail;

    protected ApiProblem(HttpStatus status, ProblemType type, String detail) {
        this(status, type, Message.literal(detail));
    }

    protected ApiProblem(HttpStatus status, ProblemType type, Message detail) {
        super(status, problem(status, type, detail.english()), null);
        this.type = type;
        this.detail = detail;
    }

    public static ApiProblem of(HttpStatus status, ProblemType type, String detail) {
        return new ApiProblem(status, type, detail);
    }

    /** A problem whose detail is a bundled message: {@code of(NOT_FOUND, CHAPTER_NOT_FOUND, "detail.chapter.not-found", id)}. */
    public static ApiProblem of(HttpStatus status, ProblemType type, Message detail) {
        return new ApiProblem(status, type, detail);
    }

    /** 400 {@code invalid-parameter}: names the parameter, echoes the (abbreviated) value and says what is valid. */
    public static ApiProblem invalidParameter(String parameter, String value, String valid) {
        return invalidParameter(parameter, value, Message.literal(valid));
    }

    /** As {@link #invalidParameter(String, String, String)}, with "what is valid" as a bundled message. */
    public static ApiProblem invalidParameter(String parameter, String value, Message valid) {
        return of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                        Message.of("detail.invalid-parameter", parameter, VerseKey.abbreviate(value), valid))
                .with("parameter", parameter)
                .with("value", VerseKey.abbreviate(value))
                .with("expected", valid.english());
    }

    public ApiProblem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    /** Puts the title and detail in this language into the body (English if the bundles lack the keys). */
    public ApiProblem localize(Locale locale) {
        getBody().setTitle(ProblemMessages.title(type, locale));
        getBody().setDetail(detail.in(locale));
        return this;
    }

    @Override
    public String getMessage() {
        return type.slug() + ": " + detail.english();
    }

    private static ProblemDetail problem(HttpStatus status, ProblemType type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}
