package org.itqan.quran.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.itqan.quran.accounts.AccountManagement;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds to access tokens what the resource server decides on: {@code client_id} (checked against the Quran
 * Foundation {@code x-client-id} header) and, for a signed-in account, its current {@code roles}.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final SignatureAlgorithm ACCESS_TOKENS =
            SignatureAlgorithm.from(SigningKeys.ACCESS_TOKENS.getName());

    private final AccountManagement accounts;

    TokenClaims(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        // Signed with the short-signature key (see SigningKeys), and without "nbf": Spring Authorization Server sets
        // it to "iat", so it said nothing, and every byte of a token is parsed on every request that carries it.
        context.getJwsHeader().algorithm(ACCESS_TOKENS);
        context.getClaims().claims(claims -> claims.remove(JwtClaimNames.NBF));
        context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        try {
            var id = UUID.fromString(context.getPrincipal().getName());
            // A mutable ArrayList: the authorization store serialises claims with an allow-list of JDK types that
            // excludes the immutable List.of implementations.
            accounts.find(id).ifPresent(a -> context.getClaims().claim("roles",
                    new ArrayList<>(List.of(a.role().name()))));
        } catch (IllegalArgumentException e) {
            // not an account principal
        }
    }
}
