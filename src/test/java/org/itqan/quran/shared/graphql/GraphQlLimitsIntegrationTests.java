package org.itqan.quran.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/** Abusive operations are refused up front with a GraphQL error naming the limit: never a 500, never any data. */
@IntegrationTest
class GraphQlLimitsIntegrationTests {

    @LocalServerPort
    int port;

    GraphQl graphQl;

    @BeforeEach
    void setUp() {
        graphQl = new GraphQl(port);
    }

    @Test
    void refusesDeepNesting() {
        var query = new StringBuilder("{ chapter(number: 1) { ");
        for (int i = 0; i < 10; i++) {
            query.append("verses(limit: 1) { chapter { ");
        }
        query.append("number").append(" } }".repeat(10)).append(" } }");
        var body = graphQl.execute(query.toString());
        assertThat(body.has("data") && !body.get("data").isNull()).isFalse();
        var error = body.get("errors").get(0);
        assertThat(error.get("extensions").get("code").asString()).isEqualTo("MAX_DEPTH_EXCEEDED");
        assertThat(error.get("extensions").get("maxDepth").asInt()).isEqualTo(12);
        assertThat(error.get("message").asString()).contains("levels deep");
    }

    @Test
    void refusesExpensiveSelections() {
        var wide = graphQl.error("{ chapters { verses(limit: 300) { words { textUthmani } "
                + "translations(ids: [20, 33]) { text } } } }");
        assertThat(wide.get("extensions").get("code").asString()).isEqualTo("MAX_COMPLEXITY_EXCEEDED");
        assertThat(wide.get("extensions").get("maxComplexity").asInt()).isEqualTo(5000);

        var aliases = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            aliases.append(" a").append(i).append(": verses(from: \"2:1\", to: \"2:286\") { words { textUthmani } }");
        }
        var flood = graphQl.error(aliases.append(" }").toString());
        assertThat(flood.get("extensions").get("code").asString()).isEqualTo("MAX_COMPLEXITY_EXCEEDED");
    }

    @Test
    void pricesAnExplicitNullSizeAsTheSchemasDefault() {
        // limit: null is read as the default of 50 verses, so it costs what limit: 50 costs (114 chapters of them)
        var explicit = graphQl.error("{ chapters { verses(limit: 50) { words { textUthmani } } } }");
        assertThat(explicit.get("extensions").get("code").asString()).isEqualTo("MAX_COMPLEXITY_EXCEEDED");
        var nullLimit = graphQl.error("{ chapters { verses(limit: null) { words { textUthmani } } } }");
        assertThat(nullLimit.get("extensions").get("code").asString()).isEqualTo("MAX_COMPLEXITY_EXCEEDED");
        assertThat(nullLimit.get("extensions").get("complexity").asInt())
                .isEqualTo(explicit.get("extensions").get("complexity").asInt());
    }

    @Test
    void refusesOversizedDocumentsBeforeParsingThem() {
        var padding = "#".repeat(25_000);
        var error = graphQl.error("{ contentVersion }\n" + padding);
        assertThat(error.get("extensions").get("code").asString()).isEqualTo("DOCUMENT_TOO_LARGE");
        assertThat(error.get("extensions").get("maxCharacters").asInt()).isEqualTo(20_000);
        // a body past the API's byte limit is refused by the request-size filter, as everywhere
        var body = JsonMapper.builder().build().writeValueAsString(Map.of("query", "x".repeat(2_000_000)));
        var huge = graphQl.post(body);
        assertThat(huge.status()).isEqualTo(413);
    }

    @Test
    void answersTheStandardIntrospectionQueryThatToolsSend() {
        // GraphiQL's, Apollo's and graphql-codegen's query: 15 levels of ofType, far past both data limits
        var query = graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY;
        var data = graphQl.data(query);
        assertThat(data.get("__schema").get("types").size()).isGreaterThan(20);
        // the exemption is for operations that only introspect: one data field beside __schema puts them back
        var mixed = graphQl.error(query.replace("__schema {", "contentVersion __schema {"));
        assertThat(mixed.get("extensions").get("code").asString()).startsWith("MAX_");
        // what bounds schema-only operations instead: graphql-java's good-faith introspection check
        var cycle = "{ __schema { types { " + "fields { type { ".repeat(12) + "name" + " } }".repeat(12) + " } } }";
        var abusive = graphQl.execute(cycle);
        assertThat(abusive.has("data") && !abusive.get("data").isNull()).isFalse();
        assertThat(abusive.get("errors").get(0).get("message").asString()).containsIgnoringCase("introspection");
    }

    @Test
    void servesOrdinaryOperationsWithinTheLimits() {
        var data = graphQl.data("""
                { verses(from: "2:1", to: "2:50") { verseKey words { textUthmani }
                    translations(ids: [20, 33]) { text } } }""");
        assertThat(data.get("verses").size()).isEqualTo(50);
    }
}
