package org.itqan.quran.security.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.ObjectMapper;

/**
 * Registers the rate-limit filter on the API paths only: actuator, the OpenAPI document and Swagger UI are not
 * limited (probes and monitoring must not be refused). It runs after Spring Security's chain (order -100 by
 * default), which will tell the {@link CallerResolver} who the caller is. {@code quran.rate-limit.enabled=false}
 * leaves the filter out altogether.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "quran.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, CallerResolver callers,
            ObjectMapper json, RateLimitProperties properties, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limiter, callers, json, properties, meters));
        registration.setName("rateLimitFilter");
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/*", "/content/*", "/auth/*", "/v1/*", "/graphql");
        return registration;
    }
}
