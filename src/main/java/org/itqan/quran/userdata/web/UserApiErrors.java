package org.itqan.quran.userdata.web;

import java.util.LinkedHashMap;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemMessages;
import org.itqan.quran.shared.web.ClientErrors;
import org.itqan.quran.shared.web.DatabaseUnavailable;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Errors of {@code /auth/v1} in the Quran Foundation user-API envelope instead of problem+json (DESIGN §7 makes this
 * exception for compatibility layers): {@code {"success":false,"error":{"type":"not_found","message":"..."}}}, plus
 * {@code current} on 409/412. Ordered before the global problem+json advice, and limited to this module's controllers.
 * Filter-level 401/403 (no or bad token) are still written by the security module as problem+json.
 */
@RestControllerAdvice(basePackageClasses = UserApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserApiErrors {

    private static final Logger log = LoggerFactory.getLogger(UserApiErrors.class);

    @ExceptionHandler(UserDataException.class)
    ResponseEntity<Object> userData(UserDataException e) {
        log.debug("Client error {} {}", e.status(), e.type());
        var error = error(e.type(), e.getMessage());
        error.putAll(e.details());
        var body = body(error);
        if (e.current() != null) {
            body.put("current", e.current());
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The client went away mid-answer: nothing can be written to it, and it is no server error (as Spring's own). */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    @Nullable ResponseEntity<Object> clientGone(AsyncRequestNotUsableException e) {
        return null;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> other(Exception e) {
        int status;
        String type;
        String message;
        if (e instanceof ApiProblem problem) {
            status = problem.getStatusCode().value();
            type = problem.type().slug().replace('-', '_');
            message = String.valueOf(problem.getBody().getDetail());
        } else if (e instanceof DataIntegrityViolationException) {
            // only reachable by a race the account lock does not cover; the client may simply retry
            status = 409;
            type = "conflict";
            message = "The change conflicts with another change; retry";
        } else if (ClientErrors.problem(e) instanceof ApiProblem clientError) {
            // a header the firewall refuses when it is read (x-timezone with a tab), an undecodable parameter
            status = clientError.getStatusCode().value();
            type = "invalid_request";
            message = clientError.detail().in(ProblemMessages.ENGLISH);
        } else if (DatabaseUnavailable.causes(e)) {
            DatabaseUnavailable.log("the user API", e);
            status = 503;
            type = "service_unavailable";
            message = DatabaseUnavailable.DETAIL;
        } else if (e instanceof ErrorResponse response) {
            status = response.getStatusCode().value();
            type = status == 404 ? "not_found" : status == 405 ? "method_not_allowed"
                    : status == 415 ? "unsupported_media_type" : status >= 500 ? "internal_error" : "invalid_request";
            message = String.valueOf(response.getBody().getDetail());
        } else if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || e instanceof org.springframework.beans.TypeMismatchException) {
            status = 400;
            type = "invalid_request";
            message = "A parameter or the body has the wrong type or format";
        } else {
            log.error("Unexpected error in the user API", e);
            status = 500;
            type = "internal_error";
            message = "The server failed to answer this request. It has been logged; please retry later.";
        }
        if (status < 500) {
            log.debug("Client error {} {}: {}", status, type, e.getMessage());
        }
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == 503) {
            response.header("Retry-After", Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        return response.body(body(error(type, message)));
    }

    static LinkedHashMap<String, Object> error(String type, String message) {
        var error = new LinkedHashMap<String, Object>();
        error.put("type", type);
        error.put("message", message);
        return error;
    }

    private static LinkedHashMap<String, Object> body(LinkedHashMap<String, Object> error) {
        var body = new LinkedHashMap<String, Object>();
        body.put("success", false);
        body.put("error", error);
        return body;
    }
}
