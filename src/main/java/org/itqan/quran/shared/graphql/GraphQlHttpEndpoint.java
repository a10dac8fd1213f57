package org.itqan.quran.shared.graphql;

import java.io.IOException;
import java.util.List;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import jakarta.servlet.ServletException;

/**
 * The GraphQL endpoint over HTTP ({@code POST /graphql}, answered as JSON or as server-sent events), refusing a body
 * that is no JSON object before Spring GraphQL reads it. Spring GraphQL answers most such bodies ({@code []},
 * {@code "x"}, none at all) with a 400 of its own, but reads the JSON literal {@code null} as no request and fails
 * on it with a NullPointerException: a 500 and a stack trace in the log for a client's mistake. Here each of them
 * is the same 400 {@code bad-request} problem, saying what the body must be. Spring Boot defines its handlers only
 * when the application has none, so these take their place on the routes it maps.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the command-line tools
class GraphQlHttpEndpoint {

    static final String NOT_AN_OBJECT = "The body must be a JSON object with a query";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Bean
    GraphQlHttpHandler objectBodyGraphQlHttpHandler(WebGraphQlHandler graphQl) {
        return new GraphQlHttpHandler(graphQl) {
            @Override
            public ServerResponse handleRequest(ServerRequest request) throws ServletException {
                return super.handleRequest(objectBody(request));
            }
        };
    }

    /** The same for subscriptions over server-sent events, with Spring Boot's settings for them. */
    @Bean
    GraphQlSseHandler objectBodyGraphQlSseHandler(WebGraphQlHandler graphQl, GraphQlProperties properties) {
        var sse = properties.getHttp().getSse();
        return new GraphQlSseHandler(graphQl, sse.getTimeout(), sse.getKeepAlive()) {
            @Override
            public ServerResponse handleRequest(ServerRequest request) throws ServletException {
                return super.handleRequest(objectBody(request));
            }
        };
    }

    /**
     * Any other method on {@code /graphql} over plain HTTP: the 405 problem saying how to ask, with {@code Allow}.
     * Spring Boot's route answers GET with a bare 405 and no body; the WebSocket upgrade (also a GET) is taken by
     * its own handler mapping before any route.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlOtherMethods(GraphQlProperties properties) {
        return RouterFunctions.route()
                .route(request -> request.path().equals(properties.getHttp().getPath())
                        && !HttpMethod.POST.equals(request.method()), request -> {
                            throw new HttpRequestMethodNotSupportedException(request.method().name(),
                                    List.of(HttpMethod.POST.name()));
                        })
                .build();
    }

    /**
     * The request with its body read (the request-size filter bounds it) and checked, for Spring GraphQL to read
     * again from memory, as it does itself for {@code application/graphql}.
     */
    static ServerRequest objectBody(ServerRequest request) throws ServletException {
        byte[] body;
        try {
            body = request.body(byte[].class);
        } catch (IOException e) {
            // what Spring's JSON reading makes of it: ProblemHandling answers a body past the size limit with 413
            throw new HttpMessageNotReadableException("The request body could not be read", e,
                    new ServletServerHttpRequest(request.servletRequest()));
        }
        if (isOtherJsonValue(body)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST, NOT_AN_OBJECT);
        }
        return ServerRequest.from(request).body(body).build();
    }

    /**
     * Whether the body is empty or starts a JSON value other than an object: an array, a string, a number,
     * {@code true}, {@code false} or {@code null}. Anything else is left to the JSON reader, which refuses what is
     * no JSON at all with its own 400 (and reads an object in UTF-16, which this byte test would not know).
     */
    static boolean isOtherJsonValue(byte[] body) {
        int i = startsWithBom(body) ? UTF8_BOM.length : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            i++;
        }
        if (i == body.length) {
            return true;
        }
        byte first = body[i];
        return first == '[' || first == '"' || first == 'n' || first == 't' || first == 'f' || first == '-'
                || (first >= '0' && first <= '9');
    }

    private static boolean startsWithBom(byte[] body) {
        return body.length >= UTF8_BOM.length && body[0] == UTF8_BOM[0] && body[1] == UTF8_BOM[1]
                && body[2] == UTF8_BOM[2];
    }
}
