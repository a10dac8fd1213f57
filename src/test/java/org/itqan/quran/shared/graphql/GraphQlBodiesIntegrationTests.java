package org.itqan.quran.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A body that is no GraphQL request is the client's mistake: a 400 problem saying what the body must be, never a
 * 500 with a stack trace in the log. The JSON literal {@code null} used to be one (Spring GraphQL read it as no
 * request and failed on it).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GraphQlBodiesIntegrationTests {

    @LocalServerPort
    int port;

    GraphQl graphQl;

    @BeforeEach
    void setUp() {
        graphQl = new GraphQl(port);
    }

    @Test
    void answersABodyOfJsonNullAsABadRequestSayingWhatTheBodyMustBe(CapturedOutput output) {
        for (var body : new String[] {"null", " \r\n null \n", "\uFEFFnull"}) {
            var response = graphQl.post(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(body).contains("application/problem+json");
            assertThat(response.json().get("type").asString()).as(body).endsWith("/bad-request");
            assertThat(response.json().get("detail").asString()).as(body)
                    .isEqualTo("The body must be a JSON object with a query");
        }
        assertThat(output).doesNotContain("NullPointerException");
    }

    @Test
    void answersOtherMethodsThanPostWithA405ProblemSayingWhichMethodServes() {
        var http = new Http(port);
        for (var method : new String[] {"GET", "PUT", "DELETE", "PATCH"}) {
            var response = method.equals("GET") ? http.get("/graphql?query=%7BcontentVersion%7D")
                    : http.send(method, "/graphql", "{\"query\":\"{ contentVersion }\"}", "Content-Type",
                            "application/json");
            assertThat(response.status()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).as(method).isEqualTo("POST");
            assertThat(response.header("Content-Type")).as(method).contains("application/problem+json");
            assertThat(response.json().get("type").asString()).as(method).endsWith("/method-not-allowed");
        }
    }

    @Test
    void answersEveryOtherBodyThatIsNoJsonObjectTheSameWay() {
        for (var body : new String[] {"", "  ", "[]", "[{\"query\":\"{ contentVersion }\"}]", "\"x\"", "1", "-1",
                "true", "false"}) {
            var response = graphQl.post(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(body)
                    .isEqualTo("The body must be a JSON object with a query");
        }
        // an object without a query, or no JSON at all, is refused by Spring GraphQL's own reading, as before
        for (var body : new String[] {"{}", "{\"query\":null}", "{\"query\":", "query { contentVersion }"}) {
            var response = graphQl.post(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("type").asString()).as(body).endsWith("/bad-request");
        }
    }

    @Test
    void answersJsonNullTheSameWayWhenSubscribingOverServerSentEvents() {
        var response = new Http(port).send("POST", "/graphql", "null", "Content-Type", "application/json",
                "Accept", "text/event-stream");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("The body must be a JSON object with a query");
    }

    @Test
    void stillServesObjectsPostedAsJsonOrAsApplicationGraphQl() {
        assertThat(graphQl.data("{ contentVersion }").get("contentVersion").asString()).isNotBlank();
        var response = new Http(port).send("POST", "/graphql", "{\"query\":\"{ contentVersion }\"}",
                "Content-Type", "application/graphql", "Accept", "application/json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("data").get("contentVersion").asString()).isNotBlank();
    }

    @Test
    void refusesAChunkedBodyPastTheSizeLimitAsTooLarge() throws Exception {
        // no Content-Length, so the size filter counts the body as it is read, here by the GraphQL endpoint
        var body = ("{\"query\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }
}
