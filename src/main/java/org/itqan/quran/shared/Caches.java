package org.itqan.quran.shared;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How every in-process cache is built: Caffeine, with its upkeep (draining the buffers that record reads and writes,
 * evicting, expiring) done by the thread that uses the cache, not handed to {@code ForkJoinPool.commonPool()}.
 * <p>
 * Why: Caffeine hands its upkeep to another thread after about every sixteen reads of a cache. A signed-in request
 * reads five caches (bearer header, verified token, revocation, authentication, caller) and the rate limiter's
 * bucket map, so at thousands of requests a second that woke a parked common-pool thread thousands of times a second,
 * each wake-up a context switch on cores that are busy serving. Measured on a cached verse with a token: 1.66
 * context switches per request before, 1.33 after, and about a tenth less CPU per request (docs/rate-limits.md,
 * "Cost"). Done in place, the upkeep is a few microseconds under a lock that a reader only tries: a reading request
 * never waits for another's upkeep.
 */
public final class Caches {

    private Caches() {
    }

    /** A Caffeine builder whose upkeep runs on the calling thread. */
    public static Caffeine<Object, Object> newBuilder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
