package org.itqan.quran.userdata.web;

import java.util.UUID;

import org.itqan.quran.userdata.UserDataException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The signed-in account behind a request, after checking the token carries the endpoint's scope. */
final class Caller {

    private Caller() {
    }

    /**
     * The account id from the token's {@code sub}.
     *
     * @throws UserDataException 403 when the scope is missing or the token was issued to a client, not a user
     */
    static UUID account(JwtAuthenticationToken token, String scope) {
        if (!has(token, scope)) {
            throw new UserDataException(403, "forbidden", "The access token lacks the scope '" + scope + "'", null);
        }
        try {
            return UUID.fromString(token.getToken().getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            // A client-credentials token names the client as subject: it acts for no account.
            throw new UserDataException(403, "forbidden", "This endpoint needs a token issued to a signed-in user",
                    null);
        }
    }

    static boolean has(JwtAuthenticationToken token, String scope) {
        return token.getAuthorities().stream().anyMatch(a -> ("SCOPE_" + scope).equals(a.getAuthority()));
    }
}
