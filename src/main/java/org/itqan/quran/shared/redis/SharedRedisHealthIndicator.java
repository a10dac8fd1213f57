package org.itqan.quran.shared.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health {@code redis}: UP while Redis answers a PING, {@code DEGRADED} when it does not. A node without Redis still
 * serves (local cache, local rate limits; DESIGN.md §2), so an outage is never DOWN, maps to HTTP 200 and is not
 * part of the readiness group: taking every node out of the load balancer because the shared cache is gone would
 * turn a degradation into an outage. The probe's outcome is reported to {@link SharedRedis}, so a probe is also
 * what notices that Redis came back.
 */
class SharedRedisHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Serving, but something needs attention");

    private final SharedRedis redis;

    SharedRedisHealthIndicator(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        var connection = redis.connection();
        if (connection.isPresent()) {
            try {
                connection.get().sync().ping();
                redis.succeeded();
                return Health.up().withDetail("address", redis.address()).build();
            } catch (RuntimeException e) {
                redis.failed(e);
            }
        }
        return Health.status(DEGRADED).withDetail("address", redis.address())
                .withDetail("fallback", "node-local cache and rate limits").build();
    }
}
