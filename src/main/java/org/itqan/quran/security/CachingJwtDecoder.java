package org.itqan.quran.security;

import java.time.Duration;
import java.time.Instant;

import org.itqan.quran.shared.Caches;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Verifies a token's signature once, then reuses the decoded token until it expires. A signature verification (ES256
 * or RS256) costs more than serving a cached verse, so without this a signed-in client would pay double on every
 * request.
 * Expiry and revocation are still checked on every use.
 */
class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final TokenRevocations revocations;
    private final Cache<String, Verified> verified = Caches.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    CachingJwtDecoder(JwtDecoder delegate, TokenRevocations revocations) {
        this.delegate = delegate;
        this.revocations = revocations;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var entry = verified.getIfPresent(token);
        if (entry == null) {
            var jwt = delegate.decode(token);
            entry = new Verified(jwt, jwt.getExpiresAt());
            verified.put(token, entry);
        }
        if (expired(entry.expiresAt())) {
            verified.invalidate(token); // a revoked token stays: asking again must not cost a verification
        }
        checkStillValid(entry.jwt(), entry.expiresAt());
        return entry.jwt();
    }

    /**
     * What every use of a token verified earlier checks again: that it has not expired and has not been revoked.
     *
     * @param expiresAt the token's expiry, read once when it was verified
     * @throws BadJwtException if it has expired or has been revoked
     */
    void checkStillValid(Jwt jwt, @Nullable Instant expiresAt) {
        if (expired(expiresAt)) {
            throw new BadJwtException("The token has expired");
        }
        if (revocations.isRevoked(jwt)) {
            throw new BadJwtException("The token has been revoked");
        }
    }

    static boolean expired(@Nullable Instant expiresAt) {
        return expiresAt == null || !expiresAt.isAfter(Instant.now());
    }

    /**
     * A verified token with its expiry read once: {@link Jwt#getExpiresAt()} converts the claim through Spring's
     * conversion service on every call, which on a cached verse cost more than the map lookup.
     */
    private record Verified(Jwt jwt, Instant expiresAt) {
    }
}
