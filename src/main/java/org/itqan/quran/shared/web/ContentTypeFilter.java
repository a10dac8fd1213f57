package org.itqan.quran.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.itqan.quran.shared.ErrorEnvelope;
import org.itqan.quran.shared.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code text/*}), which no body
 * can have, with 415 before anything reads it. Spring's functional endpoints (GraphQL) read every request's headers
 * into an object that rejects a wildcard with an exception, which would otherwise surface as a 500 on any path. A
 * Content-Type that is no media type at all is left alone: Spring ignores it there, and an endpoint that reads a
 * body answers it 415 itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class ContentTypeFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final List<ErrorEnvelope> envelopes;

    ContentTypeFilter(ObjectMapper json, List<ErrorEnvelope> envelopes) {
        this.json = json;
        this.envelopes = envelopes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        if (contentType != null && wildcard(contentType)) {
            var shown = contentType.length() > 60 ? contentType.substring(0, 60) + "…" : contentType;
            // Written here: the error page is dispatched through Spring MVC, which would fail on the header again.
            FilterProblems.write(request, response, json, envelopes, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + shown + "' is not the media type of a "
                            + "body; send application/json (or the type the endpoint documents)", Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean wildcard(String contentType) {
        if (contentType.indexOf('*') < 0) {
            return false; // the common case, without parsing
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
    }
}
