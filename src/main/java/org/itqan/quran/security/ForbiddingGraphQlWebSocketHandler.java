package org.itqan.quran.security;

import java.time.Duration;

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
 */
class ForbiddingGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

    static final CloseStatus FORBIDDEN = new CloseStatus(4403, "Forbidden");

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
}
