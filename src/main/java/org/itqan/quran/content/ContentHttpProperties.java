package org.itqan.quran.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of content responses.
 *
 * @param maxAge how long shared caches and browsers may reuse a response without revalidating
 * @param staleWhileRevalidate how long a stale response may be served while revalidating in the background
 * @param cacheBytes the budget of the in-process cache of rendered responses (L1)
 * @param requestLines how many distinct request lines are remembered for the fast path
 * @param l2 whether rendered responses are also kept in Redis (L2) when {@code quran.redis.url} is set
 * @param l2Ttl how long Redis keeps a rendered response; entries of an old content version are never read again
 * @param l2Prefix prefix of the L2 keys and of the content-change channel, so several deployments (or test runs)
 *     can share one Redis; the jar's version is appended, so nodes of different releases never share renderings
 */
@ConfigurationProperties("quran.http")
public record ContentHttpProperties(@DefaultValue("PT1H") Duration maxAge,
        @DefaultValue("P1D") Duration staleWhileRevalidate, @DefaultValue("67108864") long cacheBytes,
        @DefaultValue("20000") long requestLines, @DefaultValue("true") boolean l2,
        @DefaultValue("P1D") Duration l2Ttl, @DefaultValue("quran:") String l2Prefix) {

    /** The prefix every Redis key and channel of the content module starts with. */
    String redisPrefix() {
        var release = ContentHttpProperties.class.getPackage().getImplementationVersion();
        return l2Prefix + (release == null ? "" : release + ":");
    }
}
