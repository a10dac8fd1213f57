package org.itqan.quran.shared.web;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * Tells the client's mistakes that reach the API as generic exceptions from a bug, so that every error handler (the
 * shared advice, the compatibility layers' advices, the error page for what filters throw) answers them 4xx saying
 * what was wrong instead of 500:
 * <ul>
 * <li>Tomcat decodes the query string (and a form body) on the first read of any parameter, wherever it happens (a
 * controller, a filter, the authorization server), and reports a failure by throwing
 * {@link InvalidParameterException} from that read: bytes that are not UTF-8, a {@code %} not followed by two
 * hexadecimal digits, too many parameters;</li>
 * <li>Spring Security's firewall checks a header's value when it is read, and refuses a control character in it
 * with {@link RequestRejectedException}.</li>
 * </ul>
 */
public final class ClientErrors {

    private ClientErrors() {
    }

    /** The 4xx problem {@code e} (or one of its causes) stands for, or null when it is no known client mistake. */
    public static @Nullable ApiProblem problem(@Nullable Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException report) {
                return ApiProblem.of(status(report), ProblemType.BAD_REQUEST, unreadable(report));
            }
            if (cause instanceof RequestRejectedException) {
                return ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST,
                        Message.of("detail.request.rejected"));
            }
        }
        return null;
    }

    /** Tomcat's own status for the failure when it names a client error, else 400. */
    private static HttpStatus status(InvalidParameterException report) {
        var status = HttpStatus.resolve(report.getErrorCode());
        return status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST;
    }

    private static Message unreadable(InvalidParameterException report) {
        for (Throwable cause = report; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return Message.of("detail.parameter.not-utf8");
            }
            if (cause instanceof CharConversionException) { // UDecoder's: '%' without two hex digits
                return Message.of("detail.parameter.bad-escape");
            }
        }
        // With neither cause, Tomcat refused the parameters as a whole: more than server.tomcat.max-parameter-count.
        return Message.of("detail.parameter.unreadable");
    }
}
