package org.itqan.quran.shared.web;

import java.util.List;

import org.itqan.quran.shared.ErrorEnvelope;
import org.itqan.quran.shared.ProblemType;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3.1 document's frame: title, a relative server (so the committed contract does not depend on the host
 * or port), and the problem+json responses every operation can return, with the stable problem types listed.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI quranOpenApi() {
        var types = new StringBuilder();
        for (var type : ProblemType.values()) {
            types.append("\n- `").append(type.uri()).append("`: ").append(type.title());
        }
        return new OpenAPI()
                .info(new Info().title("Itqan Quran API").version("v4")
                        .description("""
                                A self-hostable Quran content API compatible with the Quran.com / Quran Foundation \
                                API v4 (same paths, parameters and JSON shapes under `/api/v4` and \
                                `/content/api/v4`). Our additions sit beside v4 and are marked as such.

                                Content is immutable between imports and is served with strong ETags: send \
                                `If-None-Match` to get `304 Not Modified`. `per_page` is 1 to 50 (default 10); a \
                                larger value is rejected with 400, not clamped.

                                Every error is RFC 9457 `application/problem+json` with one of these stable types:"""
                                + types)
                        .license(new License().name("Code: see repository; texts: see /api/v4/notice")))
                .servers(List.of(new Server().url("/").description("this server")));
    }

    @Bean
    GlobalOpenApiCustomizer problemResponses(List<ErrorEnvelope> envelopes) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            // Added here, after springdoc assembled the components; a schema set on the bean above would be lost.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((name, path) -> path.readOperations().forEach(operation -> {
                // A compatibility layer with its own error envelope documents its errors itself.
                if (envelopes.stream().anyMatch(e -> e.owns(name))) {
                    return;
                }
                var responses = operation.getResponses();
                responses.addApiResponse("400", problem("Invalid parameter or malformed request"));
                responses.addApiResponse("404", problem("No such chapter, verse, division, resource or path"));
                responses.addApiResponse("429", problem("Rate limit exceeded: wait Retry-After seconds; every "
                        + "response carries RateLimit-Limit, -Remaining, -Reset and -Policy"));
                responses.addApiResponse("500", problem("Unexpected failure (no internals are disclosed)"));
                responses.addApiResponse("503", problem("The database is unavailable (restarting or unreachable); "
                        + "retry after Retry-After seconds. Cached content is still served meanwhile"));
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details; extension members are snake_case")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("parameter", new StringSchema().description("the offending parameter, if any"))
                .addProperty("expected", new StringSchema().description("what would have been valid"))
                .addProperty("request_id", new StringSchema().description("the X-Request-Id of the request, the "
                        + "key to its log lines"));
    }
}
