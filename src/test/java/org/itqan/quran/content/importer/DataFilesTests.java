package org.itqan.quran.content.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** No data file reaches a parser unless its SHA-256 matches SHA256SUMS. */
class DataFilesTests {

    @TempDir
    Path dir;

    @Test
    void acceptsEveryBundledFile() {
        var files = new DataFiles(new DefaultResourceLoader(), new DataProperties("classpath:data/"));
        assertThat(files.checksums()).hasSize(12);
        files.checksums().forEach((path, sha) -> assertThat(files.verified(path).sha256()).isEqualTo(sha));
    }

    @Test
    void refusesAFileWhoseHashDiffersWithAClearMessage() throws IOException {
        var original = "hello quran\n".getBytes(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("SHA256SUMS"), DataFiles.sha256(original) + "  texts/a.txt\n");
        Files.createDirectories(dir.resolve("texts"));
        Files.write(dir.resolve("texts/a.txt"), "hello quran!\n".getBytes(StandardCharsets.UTF_8));
        var files = new DataFiles(new DefaultResourceLoader(), new DataProperties(dir.toUri() + "/"));

        assertThatThrownBy(() -> files.verified("texts/a.txt"))
                .isInstanceOf(DataFileRejectedException.class)
                .hasMessageContaining("Refusing data file texts/a.txt")
                .hasMessageContaining(DataFiles.sha256(original))
                .hasMessageContaining("SHA256SUMS requires");
    }

    @Test
    void refusesAFileThatIsNotListed() throws IOException {
        Files.writeString(dir.resolve("SHA256SUMS"), "");
        Files.writeString(dir.resolve("extra.xml"), "<quran/>");
        var files = new DataFiles(new DefaultResourceLoader(), new DataProperties(dir.toUri() + "/"));
        assertThatThrownBy(() -> files.verified("extra.xml")).hasMessageContaining("not listed in SHA256SUMS");
    }

    @Test
    void refusesAMissingFile() throws IOException {
        Files.writeString(dir.resolve("SHA256SUMS"), "0".repeat(64) + "  gone.xml\n");
        var files = new DataFiles(new DefaultResourceLoader(), new DataProperties(dir.toUri() + "/"));
        assertThatThrownBy(() -> files.verified("gone.xml")).hasMessageContaining("missing");
    }
}
