package org.itqan.quran.realtime.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.itqan.quran.support.Nodes;
import org.junit.jupiter.api.Test;

/**
 * A node that shuts down asks its WebSocket subscribers to reconnect (close 1012, "service restart") instead of
 * dropping them without a close frame, so that a graphql-ws client goes to another node behind the load balancer
 * (the graceful-shutdown drill checks the same on the two-node cluster).
 */
class ReconnectOnShutdownIntegrationTests {

    @Test
    void asksOpenSubscriptionsToReconnectWhenTheNodeStops() throws Exception {
        var node = Nodes.start("--server.port=0", Nodes.h2("reconnect-" + UUID.randomUUID()), "--quran.redis.url=");
        var acknowledged = new CompletableFuture<String>();
        var closed = new CompletableFuture<Integer>();
        try {
            var socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create("ws://127.0.0.1:" + Nodes.port(node) + "/graphql"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            acknowledged.complete(data.toString());
                            webSocket.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                            closed.complete(statusCode);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket webSocket, Throwable error) {
                            closed.completeExceptionally(error);
                        }
                    }).get(10, TimeUnit.SECONDS);
            assertThat(socket.getSubprotocol()).isEqualTo("graphql-transport-ws");
            // Once the server has answered connection_init, it holds the session (the handshake alone can complete
            // before the server has registered it).
            socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true);
            assertThat(acknowledged.get(10, TimeUnit.SECONDS)).contains("connection_ack");
        } finally {
            node.close();
        }
        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1012);
    }
}
