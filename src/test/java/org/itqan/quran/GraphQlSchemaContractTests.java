package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The served GraphQL schema ({@code GET /graphql/schema}, printed by graphql-java's SchemaPrinter from the running
 * schema) is the committed contract, docs/schema.graphqls. A change to the schema must change that file in the same
 * commit. To accept a deliberate change, run
 * {@code ./mvnw test -Dtest=GraphQlSchemaContractTests -Dgraphql.schema.write=true} and commit the file.
 */
@IntegrationTest
class GraphQlSchemaContractTests {

    static final Path CONTRACT = Path.of("docs/schema.graphqls");

    @LocalServerPort
    int port;

    @Test
    void servedSchemaEqualsTheCommittedContract() throws IOException {
        var response = new Http(port).get("/graphql/schema");
        assertThat(response.status()).isEqualTo(200);
        var served = response.body().strip() + "\n";
        if (Boolean.getBoolean("graphql.schema.write")) {
            Files.writeString(CONTRACT, served);
        }
        assertThat(Files.exists(CONTRACT)).as("committed contract %s", CONTRACT).isTrue();
        assertThat(served)
                .as("the served /graphql/schema differs from %s; if the change is intended, regenerate it with "
                        + "-Dgraphql.schema.write=true and commit it", CONTRACT)
                .isEqualTo(Files.readString(CONTRACT));
    }

    @Test
    void schemaCoversContentSearchUserDataAndSubscriptions() {
        var schema = new Http(port).get("/graphql/schema").body();
        assertThat(schema).contains("type Query", "type Mutation", "type Subscription", "chapters: [Chapter!]!",
                "search(", "bookmarks(", "addBookmark(", "syncChanges: LiveEvent!", "khatmProgress(planId: ID!)",
                "contentChanges: LiveEvent!", "license: License!");
    }
}
