package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;

/**
 * The versioning policy of docs/versioning.md for the GraphQL contract, with graphql-java's SchemaDiff: the committed
 * schema (kept equal to the served one by {@link GraphQlSchemaContractTests}) must not break the newest released
 * schema under docs/contracts, unless CHANGELOG.md acknowledges each breakage with a line
 * {@code GraphQL breaking: Type.field} saying what to use instead.
 */
class GraphQlSchemaCompatibilityTests {

    private static final Path CONTRACTS = Path.of("docs/contracts");
    private static final Pattern BASELINE = Pattern.compile("schema-(\\d+)\\.(\\d+)\\.(\\d+)\\.graphqls");

    @Test
    void currentSchemaDoesNotBreakTheLastReleaseUnacknowledged() throws IOException {
        var baseline = newestBaseline();
        var changelog = Files.readString(Path.of("CHANGELOG.md"));
        var current = Files.readString(GraphQlSchemaContractTests.CONTRACT);
        var unacknowledged = breakages(Files.readString(baseline), current).stream()
                .filter(e -> !changelog.contains("GraphQL breaking: " + name(e)))
                .map(e -> name(e) + ": " + e.getReasonMsg()).toList();
        assertThat(unacknowledged)
                .as("docs/schema.graphqls breaks %s. A breaking change needs a CHANGELOG.md line "
                        + "'GraphQL breaking: <Type.field>' per breakage (and a new major version).", baseline)
                .isEmpty();
    }

    @Test
    void detectsARemovedFieldAsABreakage() {
        var before = "type Query { chapter(number: Int!): Chapter }\ntype Chapter { number: Int! name: String! }";
        var after = "type Query { chapter(number: Int!): Chapter }\ntype Chapter { number: Int! }";
        assertThat(breakages(before, after)).extracting(GraphQlSchemaCompatibilityTests::name)
                .containsExactly("Chapter.name");
        assertThat(breakages(before, before + "\nextend type Chapter { pages: [Int!]! }")).isEmpty();
    }

    @Test
    void everyReleasedSchemaHasAChangelogEntry() throws IOException {
        var changelog = Files.readString(Path.of("CHANGELOG.md"));
        try (var files = Files.list(CONTRACTS)) {
            files.map(p -> BASELINE.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> assertThat(changelog).contains("## [" + m.group(1) + "." + m.group(2) + "."
                            + m.group(3) + "]"));
        }
    }

    static List<DiffEvent> breakages(String before, String after) {
        var reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(before, after), reporter);
        return reporter.getBreakages();
    }

    private static String name(DiffEvent event) {
        return event.getTypeName() + (event.getFieldName() == null ? "" : "." + event.getFieldName());
    }

    static Path newestBaseline() throws IOException {
        try (var files = Files.list(CONTRACTS)) {
            return files.filter(p -> BASELINE.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing(GraphQlSchemaCompatibilityTests::version)).orElseThrow(
                            () -> new AssertionError("no released schema docs/contracts/schema-<version>.graphqls"));
        }
    }

    private static long version(Path path) {
        var m = BASELINE.matcher(path.getFileName().toString());
        m.matches();
        return Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2)) * 1_000
                + Long.parseLong(m.group(3));
    }
}
