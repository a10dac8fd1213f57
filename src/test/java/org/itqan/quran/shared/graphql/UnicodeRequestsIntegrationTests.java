package org.itqan.quran.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itqan.quran.support.Accounts;
import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A GraphQL request with an unpaired UTF-16 surrogate is refused before anything of it runs: stored by a mutation,
 * such text would break every later response that carries it. The bodies below are ASCII: the surrogates are JSON
 * escapes, which is how a client sends one.
 */
@IntegrationTest
class UnicodeRequestsIntegrationTests {

    private static final String CREATE = "mutation($name: String!) { createCollection(name: $name) { name } }";

    @LocalServerPort
    int port;

    GraphQl graphQl;

    @BeforeEach
    void setUp() {
        graphQl = new GraphQl(port, new Accounts(port).register());
    }

    @Test
    void refusesAnUnpairedSurrogateInTheQueryDocumentWithoutExecutingIt() {
        var error = refusal("{\"query\":\"mutation { createCollection(name: \\\"Duas\\ud800\\\") { name } }\"}");
        assertThat(error.get("message").asString())
                .isEqualTo("The request is not Unicode text: the query document has an unpaired surrogate");
        assertThat(refusal("{\"query\":\"{ contentVersion } # \\udc00\"}").get("message").asString())
                .contains("the query document");
        assertNothingStored();
    }

    @Test
    void refusesAnUnpairedSurrogateInAVariableAtAnyDepthAndNamesTheVariable() {
        var error = refusal("{\"query\":\"" + CREATE + "\",\"variables\":{\"name\":\"\\ud83d\"}}");
        assertThat(error.get("message").asString())
                .isEqualTo("The request is not Unicode text: the variable $name has an unpaired surrogate");
        var nested = refusal("{\"query\":\"{ contentVersion }\",\"variables\":{\"deep\":{\"list\":[\"ok\","
                + "{\"x\":\"\\udfff\"}]}}}");
        assertThat(nested.get("message").asString()).contains("the variable $deep");
        // in a member's name it gets no further than the JSON reader, which refuses it as a bad body
        for (var variables : new String[] {"{\"\\ud800\":1}", "{\"deep\":{\"\\udc00\":1}}"}) {
            var body = "{\"query\":\"{ contentVersion }\",\"variables\":" + variables + "}";
            assertThat(graphQl.post(body).status()).as(body).isEqualTo(400);
        }
        assertNothingStored();
    }

    @Test
    void refusesAnUnpairedSurrogateInTheOperationNameOrTheExtensions() {
        assertThat(refusal("{\"query\":\"query Q { contentVersion }\",\"operationName\":\"Q\\ud800\"}")
                .get("message").asString()).contains("the operation name");
        assertThat(refusal("{\"query\":\"{ contentVersion }\",\"extensions\":{\"x\":[\"\\ud800\"]}}")
                .get("message").asString()).contains("the extensions");
    }

    @Test
    void servesTextOutsideTheBasicPlaneWrittenAsSurrogatePairs() {
        var response = graphQl.post("{\"query\":\"" + CREATE + "\",\"variables\":{\"name\":\"Duas \\ud83d\\udcd6\"}}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("data").get("createCollection").get("name").asString())
                .isEqualTo("Duas \uD83D\uDCD6");
        assertThat(graphQl.data("{ collections { items { name } } }").toString()).contains("Duas \uD83D\uDCD6");
    }

    /** The one error of a refused request: BAD_REQUEST, its code, and no data at all. */
    private JsonNode refusal(String body) {
        var response = graphQl.post(body);
        assertThat(response.status()).as(body).isEqualTo(200);
        var json = response.json();
        assertThat(json.has("data")).as(body).isFalse();
        assertThat(json.get("errors").size()).as(body).isEqualTo(1);
        var error = json.get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).as(body).isEqualTo("BAD_REQUEST");
        assertThat(error.get("extensions").get("code").asString()).as(body).isEqualTo("NOT_UNICODE_TEXT");
        return error;
    }

    /** The account's collections still read back as JSON, and hold only the default one. */
    private void assertNothingStored() {
        var names = graphQl.data("{ collections { items { name } } }").get("collections").get("items");
        assertThat(names.size()).isEqualTo(1);
        assertThat(names.get(0).get("name").asString()).isEqualTo("Favorites");
    }
}
