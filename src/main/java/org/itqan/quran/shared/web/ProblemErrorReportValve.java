package org.itqan.quran.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import java.util.List;

import org.itqan.quran.shared.ErrorEnvelope;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Tomcat rejects some requests before any servlet sees them (an invalid %-encoding in the path, a malformed request
 * line). Its default valve answers those with an HTML page that names the server version; this one answers with a
 * minimal problem+json instead, like every other error of the API.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    static final String UNPARSABLE = "The request could not be parsed (malformed URL, header or encoding).";

    private final List<ErrorEnvelope> envelopes;

    /** Tomcat's way of creating a valve from its class name: problem+json for every path. */
    public ProblemErrorReportValve() {
        this(List.of());
    }

    ProblemErrorReportValve(List<ErrorEnvelope> envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var type = ProblemType.forStatus(status);
        var detail = status == 400 ? UNPARSABLE : type.title();
        var body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        var contentType = "application/problem+json";
        var uri = request.getDecodedRequestURI();
        var path = uri != null ? uri : request.getRequestURI();
        var httpStatus = HttpStatus.resolve(status);
        for (var envelope : envelopes) {
            if (path != null && httpStatus != null && envelope.owns(path)) {
                body = envelope.body(httpStatus, status == 400 ? UNPARSABLE : httpStatus.getReasonPhrase());
                contentType = "application/json";
                break;
            }
        }
        try {
            response.setContentType(contentType);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: nothing more can be said to it.
        }
    }
}
