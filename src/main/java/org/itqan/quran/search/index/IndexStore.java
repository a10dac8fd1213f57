package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index on disk, one directory per key (content version + index code, see {@link VerseIndex}), so a
 * second start opens the index instead of rebuilding it.
 * <ul>
 * <li>An index is written into a temporary directory and renamed into place only when complete, so a directory
 * under its final name is always a whole index (a crash mid-build leaves only a temporary directory).</li>
 * <li>Opening verifies every file's checksum and the document count; anything unreadable is deleted and the
 * caller rebuilds. A stale or damaged index must never answer a search.</li>
 * <li>Directories of other keys are deleted once a new one is in place; temporary directories only when they are
 * older than an hour (another process may still be writing one).</li>
 * </ul>
 */
final class IndexStore {

    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    private static final String TEMP_PREFIX = ".building-";
    private static final Duration ABANDONED = Duration.ofHours(1);

    /** Fills an empty index. */
    interface Filler {
        void fill(IndexWriter writer) throws IOException;
    }

    private final Path root;

    IndexStore(Path root) {
        this.root = root;
    }

    /** The index stored under {@code key} if it is complete, intact and has {@code expectedDocs} documents. */
    Optional<DirectoryReader> open(String key, int expectedDocs) {
        var path = root.resolve(key);
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(path);
            for (var file : directory.listAll()) {
                // Every Lucene file ends with a checksum footer; the lock file is not Lucene data.
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    try (var in = directory.openInput(file, IOContext.READONCE)) {
                        CodecUtil.checksumEntireFile(in);
                    }
                }
            }
            var reader = DirectoryReader.open(directory);
            if (reader.numDocs() != expectedDocs) {
                reader.close();
                throw new IOException("holds " + reader.numDocs() + " documents, expected " + expectedDocs);
            }
            return Optional.of(reader);
        } catch (IOException | RuntimeException e) {
            log.warn("The stored search index {} is unreadable ({}); rebuilding it", path, e.toString());
            closeQuietly(directory);
            deleteQuietly(path);
            return Optional.empty();
        }
    }

    /** Builds the index for {@code key} in a temporary directory, moves it into place and opens it. */
    DirectoryReader write(String key, IndexWriterConfig config, Filler filler) throws IOException {
        Files.createDirectories(root);
        var temp = Files.createTempDirectory(root, TEMP_PREFIX + key + "-");
        try (var directory = FSDirectory.open(temp); var writer = new IndexWriter(directory, config)) {
            filler.fill(writer);
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        var target = root.resolve(key);
        try {
            deleteQuietly(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // Another process sharing the directory renamed the same index into place first: use that one.
            deleteQuietly(temp);
        } catch (AtomicMoveNotSupportedException e) {
            deleteQuietly(temp);
            throw e;
        }
        removeOthers(key);
        return DirectoryReader.open(FSDirectory.open(target));
    }

    private void removeOthers(String key) {
        try (Stream<Path> entries = Files.list(root)) {
            var cutoff = Instant.now().minus(ABANDONED);
            entries.filter(p -> !p.getFileName().toString().equals(key)).filter(p -> {
                if (!p.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    return true;
                }
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(IndexStore::deleteQuietly);
        } catch (IOException e) {
            log.debug("Could not list {} to remove old indexes: {}", root, e.toString());
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {}: {}", path, e.toString());
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
