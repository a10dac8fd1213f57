package org.itqan.quran.security;

import java.time.Duration;

import org.itqan.quran.shared.Caches;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * The authorization server's JDBC store of issued tokens, plus the question the resource server asks on every
 * request: has this JWT been revoked? A JWT alone cannot say, so the answer comes from the store and is remembered
 * briefly; a revocation on this node forgets it at once, other nodes within {@link #REMEMBER}.
 */
@Component
class TokenRevocations implements OAuth2AuthorizationService {

    static final Duration REMEMBER = Duration.ofSeconds(10);

    private final JdbcOAuth2AuthorizationService store;
    private final AuditLog audit;
    private final Cache<String, Boolean> revoked = Caches.newBuilder().maximumSize(100_000)
            .expireAfterWrite(REMEMBER).build();

    TokenRevocations(JdbcTemplate jdbc, RegisteredClientRepository clients, AuditLog audit) {
        this.store = new JdbcOAuth2AuthorizationService(jdbc, clients);
        this.audit = audit;
    }

    boolean isRevoked(Jwt jwt) {
        return revoked.get(jwt.getTokenValue(), token -> {
            var authorization = store.findByToken(token, OAuth2TokenType.ACCESS_TOKEN);
            return authorization == null || authorization.getAccessToken() == null
                    || authorization.getAccessToken().isInvalidated();
        });
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        store.save(authorization);
        var access = authorization.getAccessToken();
        if (access != null) {
            revoked.invalidate(access.getToken().getTokenValue());
            if (access.isInvalidated()) {
                audit.record("TOKEN_REVOKED", authorization.getPrincipalName(),
                        authorization.getRegisteredClientId(), AuditLog.Outcome.SUCCESS, null);
            }
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
        var access = authorization.getAccessToken();
        if (access != null) {
            revoked.invalidate(access.getToken().getTokenValue());
        }
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }

    /** Forgets every remembered answer, e.g. after a client's authorizations were deleted. */
    void forgetAll() {
        revoked.invalidateAll();
    }
}
