package org.itqan.quran.content.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itqan.quran.support.GraphQl;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Verses with their words and two translations cost a small, fixed number of SQL statements, whatever the number
 * of verses: the core comes from the in-memory snapshot and the texts from one batched query (DataLoader). Counted
 * on the real JDBC connection (datasource-proxy).
 */
@IntegrationTest
@Import(StatementCounter.class)
class VerseTextBatchingIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(VerseTextBatchingIntegrationTests.class);
    private static final String QUERY = """
            query($to: String!) { verses(from: "2:1", to: $to) {
              verseKey textUthmani words { position textUthmani }
              translations(ids: [20, 33]) { resourceId text } } }""";

    @LocalServerPort
    int port;

    int statementsFor(String to, int verses) {
        var graphQl = new GraphQl(port);
        graphQl.data(QUERY, Map.of("to", "2:1")); // warm-up: first-use work is not what is measured
        StatementCounter.reset();
        var data = graphQl.data(QUERY, Map.of("to", to));
        var statements = StatementCounter.statements();
        assertThat(data.get("verses").size()).isEqualTo(verses);
        data.get("verses").forEach(v -> {
            assertThat(v.get("words").size()).isPositive();
            assertThat(v.get("translations").size()).isEqualTo(2);
        });
        log.info("{} verses with words and two translations: {} SQL statements {}", verses, statements.size(),
                statements);
        return statements.size();
    }

    @Test
    void fiftyVersesWithWordsAndTwoTranslationsCostOneQuery() {
        int ten = statementsFor("2:10", 10);
        int fifty = statementsFor("2:50", 50);
        assertThat(fifty).as("statements for 50 verses").isEqualTo(1);
        assertThat(fifty).as("independent of the number of verses").isEqualTo(ten);
    }

    @Test
    void translationsAndTafsirsOfScatteredVersesAreOneQueryPerRunAndType() {
        var graphQl = new GraphQl(port);
        // Warm-up on other verses, as above: without it, CI once counted 5 statements (a tafsir and a translation
        // batch loaded twice) on this first execution of the document; first use is not what this test is about.
        graphQl.data(scattered("2:1", "2:7", "113:1", "113:5"));
        // The fewest statements of three executions: the DataLoader dispatches when the fields queued so far are
        // resolved, and on a loaded machine (CI once counted 4 on PostgreSQL) a batch can leave in two parts. Not
        // batching at all costs 20 statements (one per verse and type) in every execution.
        var fewest = java.util.stream.IntStream.range(0, 3).mapToObj(attempt -> {
            StatementCounter.reset();
            var data = graphQl.data(scattered("1:1", "1:7", "114:1", "114:6"));
            assertThat(data.get("b").get(5).get("translations").get(0).get("text").asString()).isNotBlank();
            return StatementCounter.statements();
        }).min(java.util.Comparator.comparingInt(java.util.List::size)).orElseThrow();
        // translations: one query for 1:1-1:7 and one for 114:1-114:6 (far apart); tafsirs: one query
        assertThat(fewest).hasSize(3);
    }

    private static String scattered(String aFrom, String aTo, String bFrom, String bTo) {
        return """
                { a: verses(from: "%s", to: "%s") { translations(ids: [20]) { text } tafsirs(ids: [1003]) { text } }
                  b: verses(from: "%s", to: "%s") { translations(ids: [20]) { text } } }""".formatted(aFrom, aTo,
                bFrom, bTo);
    }
}
