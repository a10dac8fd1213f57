package org.itqan.quran.shared.web;

import java.net.URI;
import java.util.List;

import org.itqan.quran.shared.ErrorEnvelope;
import org.itqan.quran.shared.ProblemMessages;
import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces Boot's fallback {@code /error} page, which still emits the old {@code {status, error}} shape for errors
 * raised outside Spring MVC (the container rejecting a malformed URL, a filter calling sendError). Those get
 * problem+json too, without exception details.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final List<ErrorEnvelope> envelopes;

    ProblemErrorController(List<ErrorEnvelope> envelopes) {
        this.envelopes = envelopes;
    }

    @RequestMapping(value = "${server.error.path:/error}", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<?> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        // A filter (the authorization server's, say) read a parameter Tomcat could not decode, or a header the
        // firewall refuses: the client's mistake.
        var clientError = exception instanceof Throwable e ? ClientErrors.problem(e) : null;
        if (clientError != null) {
            status = HttpStatus.valueOf(clientError.getStatusCode().value());
        }
        var detail = clientError != null ? clientError.detail().in(ProblemMessages.locale(request)) : null;
        // An exception that escaped every handler (a filter's, e.g. the authorization server's) is a bug: the client
        // gets a bare problem, the log gets the stack trace.
        if (status.is5xxServerError() && exception instanceof Throwable e) {
            if (DatabaseUnavailable.causes(e)) {
                DatabaseUnavailable.log(String.valueOf(uri), e); // an outage, throttled: not a stack trace per request
            } else {
                log.error("Unexpected error serving {}", uri, e);
            }
        }
        for (var envelope : envelopes) {
            if (uri instanceof String path && envelope.owns(path)) {
                var message = clientError != null ? clientError.detail().in(ProblemMessages.ENGLISH)
                        : status == HttpStatus.BAD_REQUEST ? ProblemErrorReportValve.UNPARSABLE
                        : status.getReasonPhrase();
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                        .body(envelope.body(status, message));
            }
        }
        var type = ProblemType.forStatus(status.value());
        var locale = ProblemMessages.locale(request);
        var title = ProblemMessages.title(type, locale);
        var problem = ProblemDetail.forStatusAndDetail(status, detail != null ? detail : switch (status) {
            case NOT_FOUND -> ProblemMessages.text("detail.no-endpoint", new Object[0], title, locale);
            case BAD_REQUEST -> ProblemMessages.text("detail.unparsable", new Object[0], title, locale);
            default -> title;
        });
        problem.setType(type.uri());
        problem.setTitle(title);
        if (uri instanceof String path && path.length() <= 200) {
            problem.setProperty("path", path);
            problem.setInstance(instance(path));
        }
        ProblemHandling.withRequestId(problem);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Content-Language", locale.toLanguageTag()).body(problem);
    }

    /** The request's own path as the problem's instance; otherwise Spring would name this page, {@code /error}. */
    private static @Nullable URI instance(String path) {
        return ProblemHandling.instance(path); // a malformed path, which this page may be reporting, is encoded
    }
}
