package org.itqan.quran.security.ratelimit;

/**
 * Who is asking, as far as rate limits care: the tier whose limits apply and the key of the bucket that is charged.
 *
 * @param tier a tier name configured under {@code quran.rate-limit.tiers} ({@code anonymous}, {@code client},
 *     {@code user}, {@code admin}...); an unknown name gets the {@code anonymous} limits
 * @param key what one bucket belongs to within the tier: an IP address, an OAuth client id, a user id. It becomes
 *     part of a Redis key, so it must not be secret (never a token)
 */
public record Caller(String tier, String key) {

    /** The tier of callers we know nothing about but their address. */
    public static final String ANONYMOUS = "anonymous";

    public static Caller anonymous(String address) {
        return new Caller(ANONYMOUS, address);
    }
}
