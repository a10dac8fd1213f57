package org.itqan.quran.security.ratelimit;

import java.time.Duration;

import org.itqan.quran.shared.Caches;

import com.github.benmanes.caffeine.cache.Cache;

import io.github.bucket4j.Bucket;

/**
 * Buckets in this node's memory: the embedded default, and the fallback while Redis is down. Bounded by count; a
 * bucket idle for longer than its refill time is full again, so dropping it then loses nothing.
 */
final class LocalBuckets {

    /**
     * Keyed by the caller itself rather than a "tier:key" string: its parts are strings whose hashes are already
     * known (the tier is a configured name, the key the connection's address or a cached token's caller), so a
     * lookup builds and hashes no new string.
     */
    private final Cache<Caller, Bucket> buckets;

    LocalBuckets(RateLimitProperties properties) {
        this.buckets = cache(properties);
    }

    /** A bounded map of buckets (or bucket proxies) that forgets one once it would be full again. */
    static <K> Cache<K, Bucket> cache(RateLimitProperties properties) {
        var idle = properties.tiers().values().stream().map(RateLimitProperties.Tier::refillTime)
                .max(Duration::compareTo).orElse(Duration.ZERO).plusMinutes(1);
        return Caches.newBuilder().maximumSize(properties.localBuckets()).expireAfterAccess(idle).build();
    }

    Bucket bucket(Caller key, RateLimitProperties.Tier tier) {
        return buckets.get(key, k -> Bucket.builder().addLimit(RateLimiter.bandwidth(tier)).build());
    }
}
