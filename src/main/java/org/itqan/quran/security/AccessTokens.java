package org.itqan.quran.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Whether an access token accepted earlier may still be used. A request's token is checked when the request arrives;
 * a connection that outlives the request (a GraphQL subscription, an event stream) asks again here, so that a token
 * that has since expired or been revoked stops receiving what it was allowed to receive.
 */
@Component
public class AccessTokens {

    /** What an accepted token is now. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    private final TokenRevocations revocations;

    AccessTokens(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    /**
     * The token's status now: expiry from its claims, revocation from the authorization store (an answer is
     * remembered for {@link TokenRevocations#REMEMBER}, so asking often costs little).
     *
     * @param token a token the resource server verified (its signature is not checked again)
     */
    public Status status(Jwt token) {
        if (CachingJwtDecoder.expired(token.getExpiresAt())) {
            return Status.EXPIRED;
        }
        return revocations.isRevoked(token) ? Status.REVOKED : Status.ACTIVE;
    }
}
