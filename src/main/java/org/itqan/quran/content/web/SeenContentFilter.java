package org.itqan.quran.content.web;

import java.io.IOException;

import org.itqan.quran.content.ImmutableResponses;
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
 * The static-file path for content (DESIGN.md §3): a GET whose request line was answered before is answered from
 * its precomputed bytes by {@link ImmutableResponses#answerSeen} before the MVC dispatch. It is the last filter, so
 * request ids, metrics, the security chain (authentication, scopes) and the rate limiter have all run.
 */
@Configuration(proxyBeanMethods = false)
class SeenContentFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> seenContent(ImmutableResponses responses) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (!"GET".equals(request.getMethod()) || !responses.answerSeen(request, response)) {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setName("seenContent");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
