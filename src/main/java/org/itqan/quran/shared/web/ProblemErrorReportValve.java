package org.itqan.quran.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.itqan.quran.shared.ProblemType;

/**
 * Tomcat rejects some requests before any servlet sees them (an invalid %-encoding in the path, a malformed request
 * line). Its default valve answers those with an HTML page that names the server version; this one answers with a
 * minimal problem+json instead, like every other error of the API.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var type = ProblemType.forStatus(status);
        var detail = status == 400 ? "The request could not be parsed (malformed URL, header or encoding)."
                : type.title();
        var body = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: nothing more can be said to it.
        }
    }
}
