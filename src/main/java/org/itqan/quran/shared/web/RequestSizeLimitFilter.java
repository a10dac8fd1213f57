package org.itqan.quran.shared.web;

import java.io.IOException;

import org.itqan.quran.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@code quran.http.max-body-bytes} (default 1 MiB) with 413 problem+json, before
 * anything reads them: no endpoint of this API needs more, and parsing a huge body is an easy way to exhaust a node.
 * A declared Content-Length is checked up front; a body without one (chunked) is counted as it is read and
 * refused with the same 413 once it passes the limit (see {@link BodyTooLargeException}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Thrown while reading a body without Content-Length that grows past the limit. */
    static final class BodyTooLargeException extends IOException {

        final long limit;

        BodyTooLargeException(long limit) {
            super("The request body is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** Counts what is read of a body of unknown length and stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

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
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }
}
