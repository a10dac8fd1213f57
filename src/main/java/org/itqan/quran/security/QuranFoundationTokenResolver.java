package org.itqan.quran.security;

import java.time.Duration;

import org.itqan.quran.shared.Caches;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the access token in {@code Authorization: Bearer}, or in the Quran Foundation's {@code x-auth-token}
 * header, so that their SDKs work unchanged. Their {@code x-client-id} header is checked against the token's client
 * by {@link CachingJwtDecoder}'s caller, the resource server, through the {@code client_id} claim.
 */
@Component
class QuranFoundationTokenResolver implements BearerTokenResolver {

    static final String AUTH_TOKEN = "x-auth-token";
    static final String CLIENT_ID = "x-client-id";
    /** The scheme and its one space, compared ignoring case as the default resolver does. */
    private static final String BEARER = "Bearer ";
    private static final String ACCESS_TOKEN = "access_token";

    /**
     * {@code Authorization} values already found well-formed, to the token they carry. A client sends the same
     * header for as long as its token lives, so its ~700 characters are checked once, and every later request
     * gets the same token string back: the caches that follow ({@link BearerTokenAuthentication},
     * {@link CachingJwtDecoder}) then find it by a hash computed once and an identity comparison. Checking and
     * copying the token on every request cost a signed-in client about 3% of its throughput on a cached verse.
     * Weighed in characters (a million: about 2 MB with the tokens), as a header may be long; a forgotten header is
     * simply checked again.
     */
    private final Cache<String, String> wellFormed = Caches.newBuilder().maximumWeight(1L << 20)
            .weigher((String header, String token) -> header.length()).expireAfterAccess(Duration.ofHours(1)).build();

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            var token = wellFormed.getIfPresent(authorization);
            if (token == null) {
                token = bearer(authorization);
                wellFormed.put(authorization, token);
            }
            if (mayHaveAccessTokenParameter(request) && request.getParameterValues(ACCESS_TOKEN) != null) {
                throw new OAuth2AuthenticationException(
                        BearerTokenErrors.invalidRequest("Found multiple bearer tokens in the request"));
            }
            return token;
        }
        var bearer = standard.resolve(request);
        if (bearer != null) {
            return bearer;
        }
        var token = request.getHeader(AUTH_TOKEN);
        return token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * What {@link DefaultBearerTokenResolver} makes of an {@code Authorization: Bearer} header, with the same
     * errors, but without its regular expression: on a cached verse the match cost a signed-in client more than
     * the rest of its authentication.
     */
    private static String bearer(String authorization) {
        int end = authorization.length();
        while (end > BEARER.length() && authorization.charAt(end - 1) == '=') {
            end--;
        }
        boolean wellFormed = end > BEARER.length();
        for (int i = BEARER.length(); i < end && wellFormed; i++) {
            char c = authorization.charAt(i);
            wellFormed = c < B64TOKEN.length && B64TOKEN[c];
        }
        if (!wellFormed) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(BEARER.length());
    }

    /** RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
    private static final boolean[] B64TOKEN = new boolean[128];

    static {
        for (char c = 0; c < B64TOKEN.length; c++) {
            B64TOKEN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~+/".indexOf(c) >= 0;
        }
    }

    /**
     * Whether the request can carry an {@code access_token} parameter, decided without parsing its parameters (on a
     * GET the token check was the only thing that parsed them): a query string can only name it literally or
     * through percent-escapes, and only a form body adds parameters besides the query.
     */
    private static boolean mayHaveAccessTokenParameter(HttpServletRequest request) {
        var query = request.getQueryString();
        if (query != null && (query.contains(ACCESS_TOKEN) || query.indexOf('%') >= 0)) {
            return true;
        }
        var contentType = request.getContentType();
        return contentType != null && contentType.regionMatches(true, 0, FORM, 0, FORM.length());
    }

    private static final String FORM = "application/x-www-form-urlencoded";
}
