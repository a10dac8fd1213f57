package org.itqan.quran.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error that renders as RFC 9457 problem+json with a stable {@link ProblemType}. Every module throws this (or a
 * subclass) so that one advice renders all of them without knowing the module. Extension members are snake_case.
 */
public class ApiProblem extends ErrorResponseException {

    private final ProblemType type;

    protected ApiProblem(HttpStatus status, ProblemType type, String detail) {
        super(status, problem(status, type, detail), null);
        this.type = type;
    }

    public static ApiProblem of(HttpStatus status, ProblemType type, String detail) {
        return new ApiProblem(status, type, detail);
    }

    /** 400 {@code invalid-parameter}: names the parameter, echoes the (abbreviated) value and says what is valid. */
    public static ApiProblem invalidParameter(String parameter, String value, String valid) {
        return of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                        "Parameter '" + parameter + "' is invalid: got '" + VerseKey.abbreviate(value) + "', expected "
                                + valid)
                .with("parameter", parameter)
                .with("value", VerseKey.abbreviate(value))
                .with("expected", valid);
    }

    public ApiProblem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    @Override
    public String getMessage() {
        return type.slug() + ": " + getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatus status, ProblemType type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}
