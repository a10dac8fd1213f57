package org.itqan.quran.search.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Repeated searches are answered like static files (DESIGN.md §3): a GET {@code /search} or
 * {@code /search/navigation} whose request line was answered before gets its bytes from
 * {@link SearchResponses#answerSeen} without the MVC dispatch, which cost about as much as writing a 20 KB answer.
 * One of the last filters, so request ids, metrics, the security chain and the rate limiter have all run.
 */
@Configuration(proxyBeanMethods = false)
class SeenSearchFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> seenSearch(SearchResponses responses) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (!"GET".equals(request.getMethod()) || !responses.answerSeen(request, response)) {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setName("seenSearch");
        registration.addUrlPatterns("/api/v4/search", "/content/api/v4/search", "/api/v4/search/navigation",
                "/content/api/v4/search/navigation");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
