package org.itqan.quran.content.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itqan.quran.QuranApiApplication;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ContentManagement;
import org.itqan.quran.content.ContentRefresher;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's commands, run as {@code main} runs them (a second, non-web context on the same database), are judged by
 * their exit codes: 0 ok, 1 integrity or data failure, 2 usage error.
 */
@IntegrationTest
class CommandsIntegrationTests {

    static final String TURKISH = "translations/quranenc/turkish_rwwad_v1.0.0-csv.1.csv";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentManagement management;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    ContentRefresher refresher;
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Commands.run(QuranApiApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recognisesOnlyItsCommands() {
        assertThat(Commands.isCommand(new String[] {"verify"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--server.port=0"})).isFalse();
        assertThat(Commands.isCommand(new String[0])).isFalse();
    }

    @Test
    void answersUsageErrorsWithTwoWithoutStarting() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "--resource-id");
        assertThat(run("import", dir.resolve("missing.csv").toString(), "--resource-id", "20")).isEqualTo(2);
        assertThat(run("import", "pom.xml", "--resource-id", "abc")).isEqualTo(2);
        assertThat(run("verify", "extra")).isEqualTo(2);
        assertThat(run("export")).isEqualTo(2);
        assertThat(run("export", dir.toString(), "--bogus")).isEqualTo(2);
    }

    @Test
    void verifiesAnIntactStoreWithZeroAndATamperedOneWithOne() {
        assertThat(run("verify")).isZero();
        assertThat(out()).contains("[1/", "translation:20 ok", "intact:");
        var original = jdbc.queryForObject(
                "SELECT text FROM translation_texts WHERE resource_id = 31 AND verse_id = 2", String.class);
        jdbc.update("UPDATE translation_texts SET text = ? WHERE resource_id = 31 AND verse_id = 2", original + ".");
        try {
            assertThat(run("verify")).isEqualTo(1);
            assertThat(out()).contains("translation:31 MISMATCH", "changed verses [1:2]", "FAILED: 1");
        } finally {
            jdbc.update("UPDATE translation_texts SET text = ? WHERE resource_id = 31 AND verse_id = 2", original);
        }
    }

    @Test
    void exportsVerifiableOfflineCopies() throws Exception {
        assertThat(run("export", dir.toString(), "--commercial-only")).isZero();
        var manifest = JsonMapper.builder().build().readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.propertyNames()).containsExactlyInAnyOrder("translation-20.json", "translation-31.json",
                "translation-33.json", "translation-1001.json");
        var copy = JsonMapper.builder().build().readTree(dir.resolve("translation-20.json").toFile());
        assertThat(copy.get("texts").size()).isEqualTo(6236);
        assertThat(copy.get("meta").get("sha256").asString())
                .isEqualTo(manifest.get("translation-20.json").asString());
        assertThat(out()).contains("exported 4 resources");
    }

    @Test
    void importsANewVersionAndRejectsABrokenFile() throws Exception {
        var original = new ClassPathResource("data/" + TURKISH).getContentAsByteArray();
        var file = dir.resolve("turkish_rwwad_v1.0.1.csv");
        Files.write(file, new String(original, StandardCharsets.UTF_8).replace("Bismillâhirrahmânirrahîm",
                "Bismillâhirrahmânirrahîm.").getBytes(StandardCharsets.UTF_8));
        var broken = dir.resolve("broken.csv");
        Files.writeString(broken, "id,sura,aya,translation,footnotes\n1,1,1,\"only one verse\",\"\"\n");
        try {
            assertThat(run("import", file.toString(), "--resource-id", "1001", "--version", "v1.0.1")).isZero();
            assertThat(out()).contains("imported translation:1001 version v1.0.1", "(verified)");
            assertThat(jdbc.queryForObject("SELECT version FROM resources WHERE id = 1001", String.class))
                    .isEqualTo("v1.0.1");
            // The running server (this test's context) was not told; its refresh check notices the new version.
            assertThat(refresher.refreshIfChanged()).isTrue();
            assertThat(catalog.resource(1001).orElseThrow().version()).isEqualTo("v1.0.1");
            assertThat(refresher.refreshIfChanged()).isFalse();
            assertThat(run("import", broken.toString(), "--resource-id", "1001")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("6236");
            assertThat(run("import", file.toString(), "--resource-id", "4242")).isEqualTo(2);
        } finally {
            management.importVersion(1001, TURKISH, original, "v1.0.0-csv.1");
        }
    }
}
