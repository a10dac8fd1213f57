package org.itqan.quran.security.ratelimit;

import java.time.Duration;
import java.util.Collection;

import org.itqan.quran.shared.Caches;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells the rate limiter who is calling from the token that Spring Security already verified (the rate-limit filter
 * runs after the security filter chain): an ADMIN user is unlimited, a signed-in user is charged to the {@code user}
 * tier by account id, a client-credentials token to the {@code client} tier by client id. Without a token the
 * caller is anonymous, keyed by address. A token's claims never change, so its caller is worked out once per token
 * (reading a claim goes through Spring's conversion service, a cost paid on every request otherwise).
 */
@Component
class TokenCallerResolver implements CallerResolver {

    static final String CLIENT = "client";
    static final String USER = "user";
    static final String ADMIN = "admin";

    private final RemoteAddressCallerResolver anonymous;
    /** Keyed by the token's text; an expired or revoked token is refused before it gets here. */
    private final Cache<String, Caller> callers = Caches.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    TokenCallerResolver(RateLimitProperties properties) {
        this.anonymous = new RemoteAddressCallerResolver(properties);
    }

    @Override
    public Caller resolve(HttpServletRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            return callers.get(jwt.getTokenValue(), value -> of(jwt));
        }
        return anonymous.resolve(request);
    }

    private static Caller of(Jwt jwt) {
        var clientId = jwt.getClaimAsString("client_id");
        var subject = jwt.getSubject();
        if (jwt.getClaim("roles") instanceof Collection<?> roles && roles.contains("ADMIN")) {
            return new Caller(ADMIN, "user:" + subject);
        }
        if (subject != null && !subject.equals(clientId)) {
            return new Caller(USER, "user:" + subject);
        }
        return new Caller(CLIENT, "client:" + (clientId != null ? clientId : subject));
    }
}
