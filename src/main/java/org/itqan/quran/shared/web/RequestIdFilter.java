package org.itqan.quran.shared.web;

import java.io.IOException;

import org.slf4j.MDC;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter: gives every request its {@link RequestId} (response header and logging context) before
 * anything else runs, so that even a request refused by a later filter is answered with its id. It runs on the
 * cached-verse hot path, so it does the least it can: one header read, one short string, one MDC entry.
 * <p>
 * It also runs on error dispatches (the container's {@code /error} after an exception escaped the chain), which
 * happen after the first pass has returned: the id is kept in a request attribute so that pass reuses it.
 */
final class RequestIdFilter implements Filter {

    static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null) {
            var incoming = request.getHeader(RequestId.HEADER);
            id = RequestId.acceptable(incoming) ? incoming : RequestId.generate();
            request.setAttribute(ATTRIBUTE, id);
        }
        ((HttpServletResponse) res).setHeader(RequestId.HEADER, id);
        var outer = MDC.get(RequestId.MDC_KEY);
        MDC.put(RequestId.MDC_KEY, id);
        try {
            chain.doFilter(req, res);
        } finally {
            if (outer == null) {
                MDC.remove(RequestId.MDC_KEY);
            } else {
                MDC.put(RequestId.MDC_KEY, outer);
            }
        }
    }
}
