package org.itqan.quran.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

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

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        var bearer = standard.resolve(request);
        if (bearer != null) {
            return bearer;
        }
        var token = request.getHeader(AUTH_TOKEN);
        return token == null || token.isBlank() ? null : token.strip();
    }
}
