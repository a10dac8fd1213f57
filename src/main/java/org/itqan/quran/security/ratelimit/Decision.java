package org.itqan.quran.security.ratelimit;

import org.itqan.quran.security.ratelimit.RateLimitProperties.Tier;

/**
 * The limiter's answer for one request.
 *
 * @param tier the configured tier name that applied
 * @param limits that tier's numbers
 * @param allowed whether the request may be served
 * @param remaining tokens left in the bucket after this request
 * @param resetSeconds seconds until the bucket is full again
 * @param retryAfterSeconds when refused, seconds until one token is available; else 0
 * @param store where the bucket lives
 */
public record Decision(String tier, Tier limits, boolean allowed, long remaining, long resetSeconds,
        long retryAfterSeconds, Store store) {

    /** Where a bucket lives: shared by every node, on this node only, or nowhere (unlimited tier). */
    public enum Store {
        REDIS, LOCAL, NONE
    }

    static Decision unlimited(String tier, Tier limits) {
        return new Decision(tier, limits, true, Long.MAX_VALUE, 0, 0, Store.NONE);
    }

    public boolean unlimited() {
        return store == Store.NONE;
    }
}
