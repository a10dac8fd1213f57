package org.itqan.quran.security.ratelimit;

import org.itqan.quran.shared.Caches;
import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Callers the shared bucket refused, remembered until their {@code Retry-After}. Until then the bucket cannot have a
 * token (only refill adds tokens; other nodes only take them), so refusing again needs no Redis round trip. This
 * keeps a client that hammers past its limit from costing Redis one round trip per refused request.
 */
final class Refusals {

    private record Refusal(Decision decision, long until, long resetAt) {
    }

    private final Cache<String, Refusal> refusals;

    Refusals(long size) {
        this.refusals = Caches.newBuilder().maximumSize(size).build();
    }

    /** The refusal still in force for this bucket key, with its times counted down; else null. */
    @Nullable Decision check(String key) {
        var refusal = refusals.getIfPresent(key);
        if (refusal == null) {
            return null;
        }
        var now = System.nanoTime();
        if (now - refusal.until >= 0) {
            refusals.invalidate(key);
            return null;
        }
        var d = refusal.decision;
        return new Decision(d.tier(), d.limits(), false, 0, seconds(refusal.resetAt - now),
                Math.max(1, seconds(refusal.until - now)), d.store());
    }

    void remember(String key, Decision refused) {
        var now = System.nanoTime();
        refusals.put(key, new Refusal(refused, now + refused.retryAfterSeconds() * 1_000_000_000L,
                now + refused.resetSeconds() * 1_000_000_000L));
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
