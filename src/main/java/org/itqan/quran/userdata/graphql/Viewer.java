package org.itqan.quran.userdata.graphql;

import java.util.UUID;

import org.itqan.quran.userdata.UserDataException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in account behind a GraphQL field, with the same rules as the REST layer: a user token carrying the
 * field's scope. Spring GraphQL restores the request's (or the WebSocket connection's) security context around each
 * field.
 */
final class Viewer {

    private Viewer() {
    }

    /** @throws UserDataException 401 without a token, 403 without the scope or for a client's own token */
    static UUID account(String scope) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new UserDataException(401, "unauthorized",
                    "Sign in: send an access token (Authorization: Bearer ...) with the scope '" + scope + "'", null);
        }
        if (token.getAuthorities().stream().noneMatch(a -> ("SCOPE_" + scope).equals(a.getAuthority()))) {
            throw new UserDataException(403, "forbidden", "The access token lacks the scope '" + scope + "'", null);
        }
        try {
            return UUID.fromString(token.getToken().getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserDataException(403, "forbidden", "This field needs a token issued to a signed-in user",
                    null);
        }
    }
}
