package org.itqan.quran.shared.web;

import java.io.IOException;

import org.itqan.quran.shared.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@code quran.http.max-body-bytes} (default 1 MiB) with 413 problem+json, before
 * anything reads them: no endpoint of this API needs more, and parsing a huge body is an easy way to exhaust a node.
 * A declared Content-Length is checked up front; a chunked body is cut off when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxAdminBytes;

    /** Admin uploads (a whole translation file, 1-3 MB) get their own, larger limit. */
    RequestSizeLimitFilter(@Value("${quran.http.max-body-bytes:1048576}") long maxBytes,
            @Value("${quran.http.max-admin-body-bytes:16777216}") long maxAdminBytes) {
        this.maxBytes = maxBytes;
        this.maxAdminBytes = maxAdminBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var limit = request.getRequestURI().startsWith("/api/v4/admin/") ? maxAdminBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            var type = ProblemType.PAYLOAD_TOO_LARGE;
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                    + "\",\"status\":413,\"detail\":\"The request body is larger than the limit of " + limit
                    + " bytes\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
