package org.itqan.quran.security;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Spring GraphQL's WebSocket handler, closing a connection whose {@code connection_init} credentials were refused
 * with 4403 Forbidden (graphql-transport-ws: "If the server wishes to reject the connection it is recommended to close
 * the socket with 4403: Forbidden") instead of Spring's 4401, which the protocol reserves for a subscribe sent before
 * the connection was acknowledged.
 * <p>
 * It also remembers its open sessions, so that a node shutting down asks its subscribers to reconnect (close 1012,
 * "service restart") before the web server's graceful shutdown begins: graphql-ws clients then reconnect through the
 * load balancer to a node that stays, instead of losing their connection without a close frame.
 */
class ForbiddingGraphQlWebSocketHandler extends GraphQlWebSocketHandler implements SmartLifecycle {

    static final CloseStatus FORBIDDEN = new CloseStatus(4403, "Forbidden");

    /** IANA's WebSocket close code 1012, "Service Restart": the client should reconnect. */
    static final CloseStatus RESTARTING = CloseStatus.SERVICE_RESTARTED.withReason("node shutting down");

    private static final Logger log = LoggerFactory.getLogger(ForbiddingGraphQlWebSocketHandler.class);

    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    ForbiddingGraphQlWebSocketHandler(WebGraphQlHandler handler, HttpMessageConverter<Object> converter,
            Duration initTimeout, Duration keepAlive) {
        super(handler, converter, initTimeout, keepAlive);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        super.handleTextMessage(new WebSocketSessionDecorator(session) {
            @Override
            public void close(CloseStatus status) throws java.io.IOException {
                boolean refused = Boolean.TRUE.equals(getAttributes().get(GraphQlWebSocketAdmission.REJECTED));
                super.close(refused && status.getCode() == 4401 ? FORBIDDEN : status);
            }
        }, message);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sessions.add(session);
        super.afterConnectionEstablished(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.remove(session);
        super.afterConnectionClosed(session, status);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (!sessions.isEmpty()) {
            log.info("Asking {} WebSocket subscriber(s) to reconnect to another node", sessions.size());
        }
        for (var session : sessions) {
            try {
                session.close(RESTARTING);
            } catch (java.io.IOException | RuntimeException e) {
                log.debug("Could not close WebSocket session {}", session.getId(), e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The default phase stops before the web server's graceful shutdown, which waits for in-flight requests. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
