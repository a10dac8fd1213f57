package org.itqan.quran.security.ratelimit;

import org.itqan.quran.security.ratelimit.Decision.Store;
import org.itqan.quran.security.ratelimit.RateLimitProperties.Tier;
import org.itqan.quran.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Decides whether a caller may make a request, with one Bucket4j token bucket per (tier, caller key).
 * <p>
 * With {@code quran.redis.url} set the buckets live in Redis, so a caller has one limit across all nodes. While
 * Redis fails, each request falls back to a bucket in this node's memory (so during an outage a caller's limit is
 * per node), and the shared bucket is used again as soon as Redis answers; without Redis configured, node-local
 * buckets are all there is. Refusing requests because the limiter's store is down would turn a cache
 * outage into an API outage, which DESIGN.md §2 rules out.
 */
@Component
public class RateLimiter {

    private final RateLimitProperties properties;
    private final LocalBuckets local;
    private final @Nullable RedisBuckets redis;
    private final Refusals refusals;

    RateLimiter(RateLimitProperties properties, ObjectProvider<SharedRedis> redis) {
        this.properties = properties;
        this.local = new LocalBuckets(properties);
        var shared = redis.getIfAvailable();
        this.redis = shared == null ? null : new RedisBuckets(shared, properties);
        this.refusals = new Refusals(properties.localBuckets());
    }

    /** Takes one token from the caller's bucket if there is one. */
    public Decision consume(Caller caller) {
        return decide(caller, true);
    }

    /** Reports the caller's bucket without taking a token. */
    public Decision peek(Caller caller) {
        return decide(caller, false);
    }

    /** Whether buckets are shared through Redis right now (false when Redis is not configured or is down). */
    public boolean sharedAcrossNodes() {
        return redis != null && redis.redis().isAvailable();
    }

    private Decision decide(Caller caller, boolean consume) {
        var name = properties.tierName(caller.tier());
        var tier = properties.tier(name);
        if (tier.unlimited()) {
            return Decision.unlimited(name, tier);
        }
        var owner = name == caller.tier() ? caller : new Caller(name, caller.key());
        if (redis != null) {
            var key = name + ':' + caller.key();
            var refused = consume ? refusals.check(key) : null;
            if (refused != null) {
                return refused;
            }
            try {
                var bucket = redis.bucket(key, tier);
                if (bucket.isPresent()) {
                    var decision = apply(bucket.get(), name, tier, consume, Store.REDIS);
                    redis.redis().succeeded();
                    if (!decision.allowed() && consume) {
                        refusals.remember(key, decision);
                    }
                    return decision;
                }
            } catch (RuntimeException e) {
                redis.redis().failed(e);
            }
        }
        return apply(local.bucket(owner, tier), name, tier, consume, Store.LOCAL);
    }

    private static Decision apply(Bucket bucket, String name, Tier tier, boolean consume, Store store) {
        if (consume) {
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            var retryAfter = probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill()));
            return new Decision(name, tier, probe.isConsumed(), probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), retryAfter, store);
        }
        var available = bucket.getAvailableTokens();
        // Greedy refill is continuous: the missing tokens come back at limit/window.
        var resetNanos = (double) (tier.burst() - available) * tier.window().toNanos() / tier.limit();
        return new Decision(name, tier, available > 0, available, seconds((long) resetNanos), 0, store);
    }

    static Bandwidth bandwidth(Tier tier) {
        return Bandwidth.builder().capacity(tier.burst()).refillGreedy(tier.limit(), tier.window()).build();
    }

    /** Whole seconds, rounded up: a client that waits this long is never early. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
