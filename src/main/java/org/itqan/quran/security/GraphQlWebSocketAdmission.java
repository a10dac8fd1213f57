package org.itqan.quran.security;

import java.util.Map;

import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.AbstractAuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Authenticates a GraphQL WebSocket connection from its {@code connection_init} payload, the way graphql-ws clients
 * send credentials ({@code connectionParams}): {@code {"Authorization": "Bearer <token>"}} or {@code {"token":
 * "<token>"}}. The token is checked like a REST bearer token (signature, expiry, revocation) and the resulting
 * authentication is used by every operation of the connection. A connection without a token is anonymous (it may
 * subscribe to public topics); one with an invalid token is closed with 4403 Forbidden, as the graphql-transport-ws
 * protocol recommends (see {@link ForbiddingGraphQlWebSocketHandler}).
 */
class GraphQlWebSocketAdmission extends AbstractAuthenticationWebSocketInterceptor {

    /** Session attribute set when the connection's credentials were refused. */
    static final String REJECTED = GraphQlWebSocketAdmission.class.getName() + ".rejected";

    private final AuthenticationManager tokens;

    GraphQlWebSocketAdmission(AuthenticationManager tokens) {
        super(GraphQlWebSocketAdmission::extract);
        this.tokens = tokens;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        return super.handleConnectionInitialization(info, payload)
                .doOnError(e -> info.getAttributes().put(REJECTED, Boolean.TRUE));
    }

    @Override
    protected Mono<Authentication> authenticate(Authentication authentication) {
        // Token checks may read the revocation table: off the WebSocket's I/O thread.
        return Mono.fromCallable(() -> tokens.authenticate(authentication)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    protected ContextView getContextToWrite(SecurityContext securityContext) {
        // The key Spring Security's context-propagation accessor restores the SecurityContextHolder from.
        return Context.of(SecurityContext.class.getName(), securityContext);
    }

    /** The bearer token of the payload; none means anonymous, a malformed value is refused. */
    static Mono<Authentication> extract(Map<String, Object> payload) {
        Object raw = null;
        for (var key : new String[] {"Authorization", "authorization"}) {
            if (payload.get(key) != null) {
                raw = payload.get(key);
            }
        }
        if (raw != null) {
            if (!(raw instanceof String header) || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                    || header.substring(7).isBlank()) {
                return Mono.error(new InvalidBearerTokenException("Authorization must be 'Bearer <token>'"));
            }
            return Mono.just(new BearerTokenAuthenticationToken(header.substring(7).strip()));
        }
        var token = payload.get("token");
        if (token == null) {
            return Mono.empty();
        }
        if (!(token instanceof String text) || text.isBlank()) {
            return Mono.error(new InvalidBearerTokenException("token must be a non-empty string"));
        }
        return Mono.just(new BearerTokenAuthenticationToken(text.strip()));
    }
}
