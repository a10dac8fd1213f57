package org.itqan.quran.shared.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}. Spring GraphQL's own page imports GraphiQL from esm.sh, which fails on a server
 * without internet access and under our Content-Security-Policy; this page loads the same tool from the jar
 * ({@code static/graphiql}, vendored from npm at build time by scripts/graphiql-assets.sh) with no inline script.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage {

    static final String PATH = "/graphiql";

    @Bean
    RouterFunction<ServerResponse> graphiQlRoute() {
        var page = new ClassPathResource("static/graphiql/index.html");
        return RouterFunctions.route().GET(PATH, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache()).body(page)).build();
    }
}
