package org.itqan.quran.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored index is opened only when it is complete, intact and of the asked key; anything else is rebuilt. */
class IndexStoreTests {

    @TempDir
    Path root;

    @Test
    void opensAnIndexWrittenUnderTheSameKey() throws IOException {
        var store = new IndexStore(root);
        store.write("v1-code", config(), writer -> addDocs(writer, 3)).close();

        try (var reader = new IndexStore(root).open("v1-code", 3).orElseThrow()) {
            assertThat(reader.numDocs()).isEqualTo(3);
        }
    }

    @Test
    void doesNotOpenAnotherKey() throws IOException {
        var store = new IndexStore(root);
        store.write("v1-code", config(), writer -> addDocs(writer, 3)).close();

        assertThat(store.open("v2-code", 3)).isEmpty();
    }

    @Test
    void writingANewKeyRemovesTheOldIndex() throws IOException {
        var store = new IndexStore(root);
        store.write("v1-code", config(), writer -> addDocs(writer, 3)).close();
        store.write("v2-code", config(), writer -> addDocs(writer, 3)).close();

        assertThat(Files.exists(root.resolve("v1-code"))).isFalse();
        assertThat(store.open("v2-code", 3)).isPresent();
    }

    @Test
    void refusesAndDeletesADamagedIndex() throws IOException {
        var store = new IndexStore(root);
        store.write("v1-code", config(), writer -> addDocs(writer, 50)).close();
        var largest = largestFile(root.resolve("v1-code"));
        var bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(largest, bytes);

        assertThat(store.open("v1-code", 50)).isEmpty();
        assertThat(Files.exists(root.resolve("v1-code"))).isFalse();
    }

    @Test
    void refusesAnIndexWithTheWrongNumberOfDocuments() throws IOException {
        var store = new IndexStore(root);
        store.write("v1-code", config(), writer -> addDocs(writer, 3)).close();

        assertThat(store.open("v1-code", 6236)).isEmpty();
    }

    @Test
    void aBuildThatFailedLeavesNothingToOpen() throws IOException {
        var store = new IndexStore(root);
        try {
            store.write("v1-code", config(), writer -> {
                addDocs(writer, 3);
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            // the build failed, as arranged
        }

        assertThat(store.open("v1-code", 3)).isEmpty();
        try (var left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new StandardAnalyzer());
    }

    private static void addDocs(org.apache.lucene.index.IndexWriter writer, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            var doc = new Document();
            doc.add(new TextField("text", "verse number " + i + " of the test index", Field.Store.YES));
            writer.addDocument(doc);
        }
    }

    private static Path largestFile(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }
}
