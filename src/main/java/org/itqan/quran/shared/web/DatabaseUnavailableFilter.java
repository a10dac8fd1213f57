package org.itqan.quran.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.itqan.quran.shared.ErrorEnvelope;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers 503 when a database outage escapes the filter chain. Spring MVC's advices handle what controllers throw;
 * this catches what filters throw before MVC runs, chiefly the security layer reading token revocations or OAuth
 * clients from the database, which would otherwise reach the container as a 500.
 */
final class DatabaseUnavailableFilter implements Filter {

    private final ObjectMapper json;
    private final List<ErrorEnvelope> envelopes;

    DatabaseUnavailableFilter(ObjectMapper json, List<ErrorEnvelope> envelopes) {
        this.json = json;
        this.envelopes = envelopes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            var response = (HttpServletResponse) res;
            if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
                throw e;
            }
            var request = (HttpServletRequest) req;
            DatabaseUnavailable.log(request.getMethod() + " " + request.getRequestURI(), e);
            write(request, response);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        FilterProblems.write(request, response, json, envelopes, HttpStatus.SERVICE_UNAVAILABLE,
                ProblemType.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL,
                Map.of("retry_after", DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
}
