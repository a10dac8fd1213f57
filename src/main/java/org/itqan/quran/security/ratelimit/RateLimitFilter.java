package org.itqan.quran.security.ratelimit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.observability.Metrics;
import org.itqan.quran.shared.web.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Charges every API request to its caller's bucket and announces the result with the RateLimit header fields of
 * draft-ietf-httpapi-ratelimit-headers-06 ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset} in seconds,
 * {@code -Policy}). A request over the limit is answered here with 429, {@code Retry-After} and a
 * {@code rate-limited} problem: filters run before Spring MVC, so its problem handling cannot write this one.
 * The usage endpoint is only looked at, never charged, so asking "how much do I have left?" costs nothing.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimiter limiter;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final Map<String, Counter> rejections;
    /** Each tier's constant header values, formatted once rather than on every request. */
    private final Map<String, Announced> announced;

    RateLimitFilter(RateLimiter limiter, CallerResolver callers, ObjectMapper json, RateLimitProperties properties,
            MeterRegistry meters) {
        this.limiter = limiter;
        this.callers = callers;
        this.json = json;
        // One counter per configured tier: the tag's values are bounded by configuration, never by callers.
        this.rejections = properties.tiers().keySet().stream().collect(Collectors.toUnmodifiableMap(tier -> tier,
                tier -> Counter.builder(Metrics.RATE_LIMIT_REJECTIONS).tag("tier", tier)
                        .description("Requests refused with 429 because the caller's bucket was empty")
                        .register(meters)));
        this.announced = properties.tiers().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, tier -> new Announced(Long.toString(tier.getValue().burst()),
                        tier.getValue().unlimited() ? "" : tier.getValue().policy())));
    }

    private record Announced(String limit, String policy) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = callers.resolve(request);
        var usage = isUsage(request);
        var decision = usage ? limiter.peek(caller) : limiter.consume(caller);
        request.setAttribute(Metrics.TIER_ATTRIBUTE, decision.tier());
        if (!decision.unlimited()) {
            // Added, not set: nothing has set them before this filter, and setting one first searches the
            // response's headers for an earlier value, four times on every request.
            var tier = announced.get(decision.tier());
            response.addHeader("RateLimit-Limit", tier.limit());
            response.addHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
            response.addHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
            response.addHeader("RateLimit-Policy", tier.policy());
        }
        if (usage || decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        rejections.get(decision.tier()).increment();
        log.debug("Rate limited: tier {}, {} {}", decision.tier(), request.getMethod(), request.getRequestURI());
        reject(request, response, decision);
    }

    private static boolean isUsage(HttpServletRequest request) {
        var uri = request.getRequestURI();
        if (!uri.endsWith(UsageController.PATH)) {
            return false; // nearly every request: decided without asking the wrappers for the context path
        }
        var context = request.getContextPath();
        return uri.length() == context.length() + UsageController.PATH.length() && uri.startsWith(context);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, Decision decision)
            throws IOException {
        var limits = decision.limits();
        var type = ProblemType.RATE_LIMITED;
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type.uri().toString());
        var locale = org.itqan.quran.shared.ProblemMessages.locale(request);
        problem.put("title", org.itqan.quran.shared.ProblemMessages.title(type, locale));
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", org.itqan.quran.shared.Message.of("detail.rate-limited", decision.tier(), limits.limit(),
                limits.windowSeconds(), limits.burst(), decision.retryAfterSeconds()).in(locale));
        problem.put("instance", request.getRequestURI());
        problem.put("tier", decision.tier());
        problem.put("retry_after", decision.retryAfterSeconds());
        problem.put(RequestId.MEMBER, RequestId.current());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
