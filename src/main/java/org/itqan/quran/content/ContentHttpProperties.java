package org.itqan.quran.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of content responses.
 *
 * @param maxAge how long shared caches and browsers may reuse a response without revalidating
 * @param staleWhileRevalidate how long a stale response may be served while revalidating in the background
 * @param cacheBytes the budget of the in-process cache of rendered responses
 * @param requestLines how many distinct request lines are remembered for the fast path
 */
@ConfigurationProperties("quran.http")
public record ContentHttpProperties(@DefaultValue("PT1H") Duration maxAge,
        @DefaultValue("P1D") Duration staleWhileRevalidate, @DefaultValue("67108864") long cacheBytes,
        @DefaultValue("20000") long requestLines) {
}
