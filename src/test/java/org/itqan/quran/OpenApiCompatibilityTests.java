package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The versioning policy of docs/versioning.md, enforced with openapi-diff: the committed contract (kept equal to the
 * served one by {@link OpenApiContractTests}) must be backward compatible with the newest released contract under
 * docs/contracts. Breaking it needs a new major release: a new baseline file and a CHANGELOG section for it.
 */
class OpenApiCompatibilityTests {

    private static final Path CONTRACTS = Path.of("docs/contracts");
    private static final Pattern BASELINE = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.json");

    @Test
    void currentContractDoesNotBreakTheLastRelease() throws IOException {
        var baseline = newestBaseline();
        var diff = OpenApiCompare.fromContents(Files.readString(baseline),
                Files.readString(OpenApiContractTests.CONTRACT));
        var bytes = new java.io.ByteArrayOutputStream();
        try (var writer = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        var report = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(diff.isIncompatible())
                .as("docs/openapi.json breaks %s:%n%s%nA breaking change needs a new major version: add "
                        + "docs/contracts/openapi-<major>.0.0.json and a CHANGELOG.md section for it.", baseline,
                        report)
                .isFalse();
    }

    @Test
    void everyReleasedContractHasAChangelogEntry() throws IOException {
        var changelog = Files.readString(Path.of("CHANGELOG.md"));
        try (var files = Files.list(CONTRACTS)) {
            files.map(p -> BASELINE.matcher(p.getFileName().toString())).filter(java.util.regex.Matcher::matches)
                    .forEach(m -> assertThat(changelog).contains("## [" + m.group(1) + "." + m.group(2) + "."
                            + m.group(3) + "]"));
        }
    }

    static Path newestBaseline() throws IOException {
        try (var files = Files.list(CONTRACTS)) {
            return files.filter(p -> BASELINE.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing(OpenApiCompatibilityTests::version)).orElseThrow();
        }
    }

    private static long version(Path path) {
        var m = BASELINE.matcher(path.getFileName().toString());
        m.matches();
        return Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2)) * 1_000
                + Long.parseLong(m.group(3));
    }
}
