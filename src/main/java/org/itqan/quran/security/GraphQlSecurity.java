package org.itqan.quran.security;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Admission to GraphQL. Over HTTP, {@code /graphql} is in the API filter chain (bearer tokens, rate limits) like any
 * REST endpoint, and fields check scopes themselves. Over WebSocket the token travels in {@code connection_init}.
 */
@Configuration(proxyBeanMethods = false)
// Only where there is a web server: the command line (content/cli) runs the same application without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlSecurity {

    @Bean
    WebSocketGraphQlInterceptor graphQlWebSocketAdmission(CachingJwtDecoder decoder) {
        return new GraphQlWebSocketAdmission(
                new BearerTokenAuthentication(decoder, SecurityConfiguration.authorities()));
    }

    /** Replaces Boot's handler (it backs off when one exists) to close refused connections with 4403. */
    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
            JsonMapper json) {
        var websocket = properties.getWebsocket();
        return new ForbiddingGraphQlWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(json),
                websocket.getConnectionInitTimeout(), websocket.getKeepAlive());
    }
}
