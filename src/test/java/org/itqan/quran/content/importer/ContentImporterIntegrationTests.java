package org.itqan.quran.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itqan.quran.content.persistence.ContentRepository;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The import is idempotent and transactional per unit. */
@IntegrationTest
class ContentImporterIntegrationTests {

    @Autowired
    ContentImporter importer;
    @Autowired
    ContentRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void runningTheImportAgainChangesNothing() {
        var before = counts();
        var manifestBefore = repository.manifest();
        assertThat(importer.importAll()).isZero();
        assertThat(counts()).isEqualTo(before);
        assertThat(repository.manifest()).isEqualTo(manifestBefore);
    }

    @Test
    void aFailureHalfwayThroughAResourceLeavesNoTraceOfIt() throws IOException {
        // A verified file whose last verse is longer than the schema allows: the insert fails after thousands of
        // rows were written in the same transaction.
        var xml = new String(new ClassPathResource("data/translations/tanzil/en.pickthall.xml")
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        var broken = xml.replace("<aya index=\"6\" text=\"Of the jinn and of mankind.\"/>",
                "<aya index=\"6\" text=\"" + "x".repeat(70_000) + "\"/>");
        assertThat(broken).isNotEqualTo(xml);
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/broken.xml"), broken);
        Files.writeString(dir.resolve("SHA256SUMS"),
                DataFiles.sha256(broken.getBytes(StandardCharsets.UTF_8)) + "  t/broken.xml\n");
        var files = new DataFiles(new DefaultResourceLoader(), new DataProperties(dir.toUri() + "/"));
        var failing = new ContentImporter(files, repository, transactions);
        var entry = new ResourceCatalog.Entry(4242, "translation", "test-broken", "tanzil-xml", "t/broken.xml",
                "Broken", "Nobody", "english", "en", "ltr", "test", "https://example.org", "1", "LicenseRef-Test",
                "test", "test", false, false);

        assertThatThrownBy(() -> failing.importResource(entry)).isNotNull();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resources WHERE id = 4242", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM translation_texts WHERE resource_id = 4242",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_imports WHERE unit = 'translation:4242'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM content_manifest WHERE manifest_key = 'translation:4242'",
                Integer.class)).isZero();
    }

    @Test
    void schemaRejectsDataThatCannotBeTrue() {
        assertThatThrownBy(() -> jdbc.update("UPDATE verses SET juz_number = 31 WHERE id = 1")).isNotNull();
        assertThatThrownBy(() -> jdbc.update("UPDATE verses SET page_number = 605 WHERE id = 1")).isNotNull();
        assertThatThrownBy(() -> jdbc.update("UPDATE verses SET verse_key = '1:2' WHERE id = 1")).isNotNull();
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO tafsir_texts (resource_id, verse_id, text) VALUES (20, 1, 'not a tafsir')")).isNotNull();
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO translation_texts (resource_id, verse_id, text) VALUES (20, 6237, 'x')")).isNotNull();
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO divisions VALUES ('juz', 31, 1, 2)")).isNotNull();
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO divisions VALUES ('page', 1, 5, 4)")).isNotNull();
    }

    private java.util.List<Integer> counts() {
        return java.util.stream.Stream.of("chapters", "verses", "words", "divisions", "sajdas", "resources",
                "translation_texts", "tafsir_texts", "content_manifest", "data_imports")
                .map(t -> jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)).toList();
    }
}
