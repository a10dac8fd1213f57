package org.itqan.quran.shared.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The static-file path of DESIGN.md §3 as a filter: a GET that a module can answer from bytes it has already
 * rendered is answered here, without the MVC dispatch (handler lookup among a few hundred routes, argument
 * resolution, return-value handling, which cost as much as the rest of such a request); anything else goes on.
 * Registered near the end of the chain, so request ids, metrics, the security chain and the rate limiter have run.
 */
public final class PrecomputedAnswerFilter extends OncePerRequestFilter {

    /** Writes the answer to a request it has seen before and returns true, or returns false and writes nothing. */
    @FunctionalInterface
    public interface Answers {
        boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final Answers answers;

    private PrecomputedAnswerFilter(Answers answers) {
        this.answers = answers;
    }

    /** The registration of a filter that asks {@code answers} first, for GETs to {@code urlPatterns}. */
    public static FilterRegistrationBean<PrecomputedAnswerFilter> register(String name, int order, Answers answers,
            String... urlPatterns) {
        var registration = new FilterRegistrationBean<>(new PrecomputedAnswerFilter(answers));
        registration.setName(name);
        registration.setOrder(order);
        registration.addUrlPatterns(urlPatterns);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !answers.answer(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
