package org.itqan.quran.realtime.graphql;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who subscribes: the account and scopes of the token the WebSocket connection was opened with (restored by Spring
 * GraphQL around the subscription's start), and the token itself, which bounds how long the subscription runs.
 */
record Subscriber(UUID account, Set<String> scopes, Jwt token) {

    /** @throws ApiProblem 401 without a token, 403 for a token issued to a client rather than a user */
    static Subscriber current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw ApiProblem.of(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, "Send an access token in "
                    + "connection_init ({\"Authorization\": \"Bearer ...\"}) to subscribe to your own changes");
        }
        UUID account;
        try {
            account = UUID.fromString(token.getToken().getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "This subscription needs a token issued to a signed-in user");
        }
        var scopes = token.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("SCOPE_")).map(a -> a.substring(6)).collect(Collectors.toSet());
        return new Subscriber(account, scopes, token.getToken());
    }

    /** @throws ApiProblem 403 when the token lacks {@code scope} */
    static Subscriber current(String scope) {
        var subscriber = current();
        if (!subscriber.scopes().contains(scope)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "The access token lacks the scope '" + scope + "'").with("scope", scope);
        }
        return subscriber;
    }
}
