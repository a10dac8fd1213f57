package org.itqan.quran.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.RemovalCause;

/** Every cache's upkeep runs on the thread that uses it: no hand-off to another thread on a request's path. */
class CachesTests {

    @Test
    void evictionHappensOnTheWritingThreadBeforeThePutReturns() {
        var evictedOn = Collections.synchronizedList(new ArrayList<String>());
        Cache<Integer, String> cache = Caches.newBuilder().maximumSize(1)
                .removalListener((Integer key, String value, RemovalCause cause) ->
                        evictedOn.add(Thread.currentThread().getName()))
                .build();

        cache.put(1, "one");
        cache.put(2, "two");

        // No cleanUp() call: with Caffeine's default executor (the common pool) the eviction and its listener would
        // run later, on another thread.
        assertThat(cache.estimatedSize()).isEqualTo(1);
        assertThat(evictedOn).containsExactly(Thread.currentThread().getName());
    }
}
