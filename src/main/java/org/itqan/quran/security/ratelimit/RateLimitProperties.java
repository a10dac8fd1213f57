package org.itqan.quran.security.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits: token buckets per caller, in tiers. The published numbers are in docs/rate-limits.md.
 *
 * @param enabled false turns the limiter off entirely (no buckets, no headers); for benchmarks and private nodes
 * @param tiers the tiers by name; {@code anonymous} must exist, it is also used for unknown tier names
 * @param keyPrefix prefix of the bucket keys in Redis, so several deployments (or test runs) can share one Redis
 * @param trustedProxies remote addresses (exact IPs) of reverse proxies whose {@code X-Forwarded-For} is believed;
 *     empty means the header is ignored, because any client could send it
 * @param localBuckets how many buckets one node keeps in memory (least recently used ones are dropped first)
 */
@ConfigurationProperties("quran.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue Map<String, Tier> tiers,
        @DefaultValue("quran:rate-limit:") String keyPrefix, @DefaultValue List<String> trustedProxies,
        @DefaultValue("100000") long localBuckets) {

    public RateLimitProperties {
        if (enabled && !tiers.containsKey(Caller.ANONYMOUS)) {
            throw new IllegalArgumentException("quran.rate-limit.tiers.anonymous must be configured");
        }
    }

    /** The tier with this name, or {@code anonymous} for a name that is not configured. */
    public Tier tier(String name) {
        var tier = tiers.get(name);
        return tier != null ? tier : tiers.get(Caller.ANONYMOUS);
    }

    /** The configured name for a tier name: itself if configured, else {@code anonymous} (keeps metric tags bounded). */
    public String tierName(String name) {
        return tiers.containsKey(name) ? name : Caller.ANONYMOUS;
    }

    /**
     * One tier: a token bucket that holds {@code burst} tokens and is refilled continuously at {@code limit} tokens
     * per {@code window}. A full bucket admits {@code burst} requests at once; the sustained rate is
     * {@code limit/window}.
     *
     * @param limit requests per window (the sustained rate)
     * @param window the window the limit is counted over
     * @param burst the bucket's capacity; 0 means "same as limit"
     * @param unlimited true for tiers that are never limited (no bucket, no RateLimit headers)
     */
    public record Tier(@DefaultValue("0") long limit, @DefaultValue("PT1M") Duration window,
            @DefaultValue("0") long burst, @DefaultValue("false") boolean unlimited) {

        public Tier {
            if (!unlimited && (limit <= 0 || window.isNegative() || window.isZero() || burst < 0)) {
                throw new IllegalArgumentException("A limited tier needs limit > 0, a positive window and burst >= 0");
            }
            if (burst == 0) {
                burst = limit;
            }
        }

        /** The window in whole seconds, as the RateLimit-Policy {@code w} parameter needs. */
        public long windowSeconds() {
            return Math.max(1, window.toSeconds());
        }

        /** How long an empty bucket takes to fill up again: after that an idle bucket is as good as a new one. */
        public Duration refillTime() {
            return unlimited ? Duration.ZERO : window.multipliedBy(burst).dividedBy(limit);
        }

        /**
         * The {@code RateLimit-Policy} value (draft-ietf-httpapi-ratelimit-headers-06 §5.1): the quota and its
         * window, and our {@code burst} extension parameter when the bucket holds more or less than one window.
         */
        public String policy() {
            return limit + ";w=" + windowSeconds() + (burst != limit ? ";burst=" + burst : "");
        }
    }
}
