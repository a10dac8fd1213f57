package org.itqan.quran.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.shared.ErrorEnvelope;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes an error from a servlet filter, for the failures that must be answered before Spring MVC runs (where
 * neither the problem advice nor the error page can: the error page is itself dispatched through MVC). The body is
 * problem+json, or the envelope of the compatibility layer that owns the path.
 */
final class FilterProblems {

    private FilterProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
            List<ErrorEnvelope> envelopes, HttpStatus status, ProblemType type, String detail,
            Map<String, Object> members) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        var path = request.getRequestURI();
        for (var envelope : envelopes) {
            if (envelope.owns(path)) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getOutputStream().write(envelope.body(status, detail).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type.uri().toString());
        problem.put("title", type.title());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        problem.putAll(members);
        problem.put(RequestId.MEMBER, RequestId.current());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
