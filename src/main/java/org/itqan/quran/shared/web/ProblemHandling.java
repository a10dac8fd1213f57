package org.itqan.quran.shared.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemMessages;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error as RFC 9457 problem+json with a stable {@code type}. Spring's own exceptions (unknown path,
 * wrong method, bad media type...) get the generic type for their status; anything unexpected becomes a 500 whose
 * body says nothing about the implementation, while the stack trace goes to the log once, here. Titles and
 * details are in the request's language ({@link ProblemMessages#locale}), named by {@code Content-Language}.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem, WebRequest request) {
        log.debug("Client error {}", problem.getMessage());
        var locale = locale(request);
        problem.localize(locale);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .headers(languageHeaders(locale)).body(withRequestId(problem.getBody()));
    }

    /**
     * A parameter Tomcat could not decode ({@code ?language=%FF}), a header the firewall refuses: the client's
     * mistakes, said as such ({@link ClientErrors}).
     */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<Object> clientError(RuntimeException e, WebRequest request) {
        return apiProblem(Objects.requireNonNull(ClientErrors.problem(e)), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            DatabaseUnavailable.log(request.getDescription(false), e);
            return unavailable();
        }
        log.error("Unexpected error serving {}", request.getDescription(false), e);
        var locale = locale(request);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemMessages.text("detail.internal-error", new Object[0],
                        "The server failed to answer this request. It has been logged; please retry later.", locale));
        problem.setType(ProblemType.INTERNAL_ERROR.uri());
        problem.setTitle(ProblemMessages.title(ProblemType.INTERNAL_ERROR, locale));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).headers(languageHeaders(locale))
                .body(withRequestId(problem));
    }

    /** 503 {@code service-unavailable} with {@code Retry-After}: the database is down, the request was fine. */
    static ResponseEntity<Object> unavailable() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
        problem.setType(ProblemType.SERVICE_UNAVAILABLE.uri());
        problem.setTitle(ProblemType.SERVICE_UNAVAILABLE.title());
        problem.setProperty("retry_after", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .cacheControl(org.springframework.http.CacheControl.noStore()).body(withRequestId(problem));
    }

    /**
     * Adds {@code request_id}, the key to this request's log lines, to a problem body, and its {@code instance}: the
     * request's path. Spring would set a missing instance with {@code URI.create(path)}, which fails (and turns a
     * 400 into an error of the error handler) on a path with characters a URI may not hold unencoded, such as
     * {@code {1:1}}, which Tomcat lets through (server.tomcat.relaxed-path-chars).
     */
    static ProblemDetail withRequestId(ProblemDetail problem) {
        var id = RequestId.current();
        if (id != null) {
            problem.setProperty(RequestId.MEMBER, id);
        }
        if (problem.getInstance() == null && RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes) {
            problem.setInstance(instance(attributes.getRequest().getRequestURI()));
        }
        return problem;
    }

    /** A request path as a URI reference, with what a URI may not hold unencoded percent-encoded; null if none. */
    static @Nullable URI instance(String path) {
        var encoded = new StringBuilder(path.length());
        path.codePoints().forEach(c -> {
            if (c <= ' ' || c >= 0x7f || "\"<>[\\]^`{|}".indexOf(c) >= 0) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                encoded.append((char) c);
            }
        });
        try {
            return URI.create(encoded.toString());
        } catch (IllegalArgumentException notAUri) {
            return null; // a stray '%': no instance rather than a wrong one
        }
    }

    /** A chunked body that grew past the limit surfaces as an unreadable message: answer it as what it is, 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                var locale = locale(request);
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        locale.equals(ProblemMessages.ENGLISH) ? tooLarge.getMessage()
                                : ProblemMessages.text("detail.status.413", new Object[0], tooLarge.getMessage(), locale));
                problem.setType(ProblemType.PAYLOAD_TOO_LARGE.uri());
                problem.setTitle(ProblemMessages.title(ProblemType.PAYLOAD_TOO_LARGE, locale));
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(languageHeaders(locale))
                        .body(withRequestId(problem));
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            var type = ProblemType.forStatus(statusCode.value());
            var locale = locale(request);
            problem.setType(type.uri());
            problem.setTitle(ProblemMessages.title(type, locale));
            if (problem.getDetail() == null) {
                problem.setDetail(problem.getTitle());
            }
            if (!locale.equals(ProblemMessages.ENGLISH)) {
                // Spring's details are English sentences; other languages get the generic one for the status
                problem.setDetail(ProblemMessages.text("detail.status." + statusCode.value(), new Object[0],
                        problem.getDetail(), locale));
            }
            withRequestId(problem);
            log.debug("Client error {}: {}", statusCode.value(), ex.getMessage());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .headers(languageHeaders(locale)).body(problem);
        }
        return response;
    }

    private static Locale locale(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? ProblemMessages.locale(servlet.getRequest())
                : ProblemMessages.ENGLISH;
    }

    /** The language of the body, and that it was chosen by Accept-Language (for caches). */
    private static HttpHeaders languageHeaders(Locale locale) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return headers;
    }
}
