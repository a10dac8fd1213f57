package org.itqan.quran.alquran;

import java.util.Objects;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemMessages;
import org.itqan.quran.shared.web.ClientErrors;
import org.itqan.quran.shared.web.DatabaseUnavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the /v1 controllers in AlQuran Cloud's envelope, {@code {"code":404,"status":"Not Found","data":"..."}},
 * instead of problem+json (DESIGN §7 exception: the anchor API defines its own envelope). It is ordered before the
 * shared problem+json advice and applies only to this module's controllers; the detail text is the same one the v4
 * layer gives, so a rule's message is written once.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = AlQuranErrors.class)
class AlQuranErrors {

    private static final Logger log = LoggerFactory.getLogger(AlQuranErrors.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> problem(ApiProblem problem) {
        log.debug("Client error on /v1: {}", problem.getMessage());
        var detail = problem.getBody().getDetail();
        return error(problem.getStatusCode(), detail == null ? problem.type().title() : detail);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> notFound(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "Not found. See /v3/api-docs for the /v1 endpoints.");
    }

    /** The client's mistakes that arrive as generic exceptions (an undecodable parameter, a refused header). */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<Object> clientError(RuntimeException e) {
        var problem = Objects.requireNonNull(ClientErrors.problem(e));
        return error(problem.getStatusCode(), problem.detail().in(ProblemMessages.ENGLISH));
    }

    /** The client went away mid-answer: nothing can be written to it, and it is no server error (as Spring's own). */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    @Nullable ResponseEntity<Object> clientGone(AsyncRequestNotUsableException e) {
        return null;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            DatabaseUnavailable.log("/v1", e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .contentType(MediaType.APPLICATION_JSON).body(AlQuranResponses.envelope(503,
                            AlQuranResponses.statusText(HttpStatus.SERVICE_UNAVAILABLE), DatabaseUnavailable.DETAIL));
        }
        log.error("Unexpected error serving /v1", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer this request. It has been logged; please retry later.");
    }

    static ResponseEntity<Object> error(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(AlQuranResponses.envelope(status.value(), AlQuranResponses.statusText(status), message));
    }
}
