package org.itqan.quran.security.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Our addition: the caller's own rate-limit tier, limits and current use. Reading it never costs a request. */
@RestController
@Tag(name = "Usage", description = "Your rate-limit tier and how much of it is left")
class UsageController {

    static final String PATH = "/api/v4/me/usage";

    private final RateLimiter limiter;
    private final CallerResolver callers;
    private final RateLimitProperties properties;

    UsageController(RateLimiter limiter, CallerResolver callers, RateLimitProperties properties) {
        this.limiter = limiter;
        this.callers = callers;
        this.properties = properties;
    }

    @Operation(summary = "Your rate-limit tier, its limits and your remaining requests (this call is free: it does "
            + "not consume a request)")
    @GetMapping(PATH)
    ResponseEntity<Map<String, Object>> usage(HttpServletRequest request) {
        var body = new LinkedHashMap<String, Object>();
        body.put("enabled", properties.enabled());
        body.put("consumes_request", false);
        if (properties.enabled()) {
            var decision = limiter.peek(callers.resolve(request));
            var limits = decision.limits();
            body.put("tier", decision.tier());
            body.put("unlimited", decision.unlimited());
            if (!decision.unlimited()) {
                body.put("limit", limits.limit());
                body.put("window_seconds", limits.windowSeconds());
                body.put("burst", limits.burst());
                body.put("policy", limits.policy());
                body.put("remaining", decision.remaining());
                body.put("reset_seconds", decision.resetSeconds());
                // "global": one bucket across all nodes (Redis); "node": this node's own bucket
                body.put("scope", decision.store() == Decision.Store.REDIS ? "global" : "node");
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
