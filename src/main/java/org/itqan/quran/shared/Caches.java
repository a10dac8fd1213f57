package org.itqan.quran.shared;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How every in-process cache is built: Caffeine, with its upkeep (draining the buffers that record reads and writes,
 * evicting, expiring) done by the thread that uses the cache, not handed to {@code ForkJoinPool.commonPool()}.
 * <p>
 * Why: Caffeine hands its upkeep to another thread after about every sixteen reads of a cache. A request reads
 * several caches (token, caller, bucket, response), so at tens of thousands of requests a second that woke a parked
 * common-pool thread thousands of times a second, and on a node whose cores are busy serving, each wake-up is a
 * context switch that delays the requests in progress: a computed search at 16 connections had a p75 of 13 ms
 * while its p50 was 0.5 ms (docs/search.md, "Performance"). Done in place, the upkeep is a few microseconds under a
 * lock that a request only tries (a request never waits for another's upkeep to finish reading a cache).
 */
public final class Caches {

    private Caches() {
    }

    /** A Caffeine builder whose upkeep runs on the calling thread. */
    public static Caffeine<Object, Object> newBuilder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
