package org.itqan.quran.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL operations to {@code /graphql} over real HTTP, optionally with a bearer token. */
public final class GraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Http http;
    private final String token;

    public GraphQl(int port) {
        this(port, null);
    }

    public GraphQl(int port, String token) {
        this.http = new Http(port);
        this.token = token;
    }

    public GraphQl withToken(String token) {
        return new GraphQl(http, token);
    }

    private GraphQl(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    public Http.Response post(String body) {
        var headers = new ArrayList<>(List.of("Content-Type", "application/json", "Accept", "application/json"));
        if (token != null) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        return http.send("POST", "/graphql", body, headers.toArray(String[]::new));
    }

    /** The whole response body ({@code data} and {@code errors}) of an operation. */
    public JsonNode execute(String query, Map<String, ?> variables) {
        var response = post(JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
        if (response.status() != 200) {
            throw new AssertionError("POST /graphql answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    public JsonNode execute(String query) {
        return execute(query, Map.of());
    }

    /** The {@code data} of an operation that must succeed. */
    public JsonNode data(String query, Map<String, ?> variables) {
        var body = execute(query, variables);
        if (body.has("errors")) {
            throw new AssertionError("GraphQL errors: " + body.get("errors"));
        }
        return body.get("data");
    }

    public JsonNode data(String query) {
        return data(query, Map.of());
    }

    /** The first error of an operation that must fail. */
    public JsonNode error(String query, Map<String, ?> variables) {
        var body = execute(query, variables);
        if (!body.has("errors") || body.get("errors").isEmpty()) {
            throw new AssertionError("expected GraphQL errors, got " + body);
        }
        return body.get("errors").get(0);
    }

    public JsonNode error(String query) {
        return error(query, Map.of());
    }
}
