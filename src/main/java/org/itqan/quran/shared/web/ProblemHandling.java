package org.itqan.quran.shared.web;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error as RFC 9457 problem+json with a stable {@code type}. Spring's own exceptions (unknown path,
 * wrong method, bad media type...) get the generic type for their status; anything unexpected becomes a 500 whose
 * body says nothing about the implementation, while the stack trace goes to the log once, here.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem, WebRequest request) {
        log.debug("Client error {}", problem.getMessage());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .body(withRequestId(problem.getBody()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            DatabaseUnavailable.log(request.getDescription(false), e);
            return unavailable();
        }
        log.error("Unexpected error serving {}", request.getDescription(false), e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer this request. It has been logged; please retry later.");
        problem.setType(ProblemType.INTERNAL_ERROR.uri());
        problem.setTitle(ProblemType.INTERNAL_ERROR.title());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(withRequestId(problem));
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

    /** Adds {@code request_id}, the key to this request's log lines, to a problem body. */
    static ProblemDetail withRequestId(ProblemDetail problem) {
        var id = RequestId.current();
        if (id != null) {
            problem.setProperty(RequestId.MEMBER, id);
        }
        return problem;
    }

    /** A chunked body that grew past the limit surfaces as an unreadable message: answer it as what it is, 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
                problem.setType(ProblemType.PAYLOAD_TOO_LARGE.uri());
                problem.setTitle(ProblemType.PAYLOAD_TOO_LARGE.title());
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(withRequestId(problem));
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
            problem.setType(type.uri());
            problem.setTitle(type.title());
            if (problem.getDetail() == null) {
                problem.setDetail(type.title());
            }
            withRequestId(problem);
            log.debug("Client error {}: {}", statusCode.value(), ex.getMessage());
        }
        return response;
    }
}
