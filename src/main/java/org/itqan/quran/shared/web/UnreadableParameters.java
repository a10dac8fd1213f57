package org.itqan.quran.shared.web;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Tells a request whose parameters the container could not read from a bug. Tomcat decodes the query string (and a
 * form body) on the first read of any parameter, and reports a failure by throwing {@link InvalidParameterException}
 * from that read, wherever it happens: a controller binding {@code ?language=%FF}, a filter, the authorization
 * server. It is the client's mistake, so every error handler of the API answers it 400 with what was wrong (bytes
 * that are not UTF-8, a {@code %} not followed by two hexadecimal digits, too many parameters) instead of a 500.
 */
public final class UnreadableParameters {

    private UnreadableParameters() {
    }

    /** Whether {@code e} (or one of its causes) is the container's report of unreadable parameters. */
    public static boolean causes(@Nullable Throwable e) {
        return report(e) != null;
    }

    /** The 400 problem for {@code e}; only meaningful when {@link #causes} is true. */
    public static ApiProblem problem(Throwable e) {
        return ApiProblem.of(status(e), ProblemType.BAD_REQUEST, Message.of(messageKey(e)));
    }

    /** Tomcat's own status for the failure when it names a client error (400, or 413 for too many), else 400. */
    public static HttpStatus status(Throwable e) {
        var report = report(e);
        var status = report == null ? null : HttpStatus.resolve(report.getErrorCode());
        return status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST;
    }

    private static String messageKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return "detail.parameter.not-utf8";
            }
            if (cause instanceof CharConversionException) { // UDecoder's: '%' without two hex digits
                return "detail.parameter.bad-escape";
            }
        }
        // With neither cause, Tomcat refused the parameters as a whole: more than server.tomcat.max-parameter-count.
        return "detail.parameter.unreadable";
    }

    private static @Nullable InvalidParameterException report(@Nullable Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException report) {
                return report;
            }
        }
        return null;
    }
}
