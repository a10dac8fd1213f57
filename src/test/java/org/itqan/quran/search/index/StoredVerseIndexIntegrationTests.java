package org.itqan.quran.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.search.SearchProperties;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A restart opens the stored index instead of rebuilding it, and that index holds what a fresh build holds. */
@IntegrationTest
class StoredVerseIndexIntegrationTests {

    @Autowired
    ContentCatalog catalog;
    @Autowired
    VerseIndex inMemory;

    @TempDir
    Path dir;

    @Test
    void aSecondStartOpensTheStoredIndexWithTheSameTerms() throws IOException {
        var first = new VerseIndex(catalog, properties());
        first.afterPropertiesSet();
        var stored = storedDirectory();
        var filesBefore = Files.getLastModifiedTime(stored);

        var second = new VerseIndex(catalog, properties());
        second.afterPropertiesSet();

        assertThat(storedDirectory()).isEqualTo(stored);
        assertThat(Files.getLastModifiedTime(stored)).isEqualTo(filesBefore);
        assertThat(second.snapshot().contentVersion()).isEqualTo(catalog.contentVersion());
        assertThat(second.snapshot().editions().keySet()).isEqualTo(inMemory.snapshot().editions().keySet());
        for (var field : new String[] {"norm_uthmani", "stem_imlaei", "exact_uthmani", "tr_20_en"}) {
            assertThat(stats(second.snapshot().reader(), field)).as(field)
                    .isEqualTo(stats(inMemory.snapshot().reader(), field));
        }
    }

    private SearchProperties properties() {
        return new SearchProperties(Duration.ofMillis(500), 5000, dir.toString());
    }

    private Path storedDirectory() throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(catalog.contentVersion() + "-"))
                    .findFirst().orElseThrow();
        }
    }

    private static String stats(DirectoryReader reader, String field) throws IOException {
        var terms = MultiTerms.getTerms(reader, field);
        return terms.size() + "/" + terms.getSumTotalTermFreq() + "/" + terms.getDocCount();
    }
}
