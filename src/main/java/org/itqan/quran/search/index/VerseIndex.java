package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ContentImported;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.search.SearchProperties;
import org.itqan.quran.search.analysis.QuranAnalyzers;
import org.itqan.quran.shared.Mushaf;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The Lucene index: one document per verse, built from {@link ContentCatalog} and rebuilt when a
 * {@link ContentImported} event names a content version it has not indexed. Each node builds its own copy
 * (DESIGN.md §1); a rebuild swaps the snapshot atomically, so searches never see a half-built index.
 * <p>
 * The index is stored on disk ({@code quran.search.index-directory}, see {@link IndexStore}) under a key made of
 * the content version and a fingerprint of the search module's code ({@link IndexCode}), so a restart opens it in
 * milliseconds instead of rebuilding it, and a new analyser or a new content version never reuses an old index.
 * <p>
 * Fields: {@code norm_*}, {@code stem_*} and {@code exact_*} per script ({@code uthmani}; {@code imlaei}, which holds
 * Tanzil Simple-Clean for norm/stem and Tanzil Simple with diacritics for exact), {@code tr_<id>_<lang>} per
 * translation (texts held in {@link Edition}, for display), and the filters {@code chapter juz page hizb} (int points),
 * {@code revelation} and {@code sajdah} (keywords).
 */
@Component
public class VerseIndex implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(VerseIndex.class);

    /**
     * A translation as indexed: its resource, field name and analyzer, and its texts for display and highlighting.
     * The texts are held in memory rather than as Lucene stored fields: decompressing stored fields for every hit
     * cost more than the search itself.
     */
    public record Edition(Resource resource, String field, Analyzer analyzer, Texts texts) {

        /** The text of the verse with id {@code verseId}, or null where the edition has none. */
        public @Nullable String text(int verseId) {
            return texts.of(resource.id(), verseId);
        }
    }

    /**
     * The texts of every indexed translation by verse id, read from the catalog once, on first use: a start that
     * opens a stored index does not wait for them, and a build reads them once for indexing and display.
     */
    public static final class Texts {

        private final ContentCatalog catalog;
        private final java.util.Set<Integer> editions;
        private volatile @Nullable Map<Integer, @Nullable String[]> byEdition;

        Texts(ContentCatalog catalog, java.util.Set<Integer> editions) {
            this.catalog = catalog;
            this.editions = java.util.Set.copyOf(editions);
        }

        @Nullable String of(int edition, int verseId) {
            var texts = load().get(edition);
            return texts == null || verseId < 1 || verseId >= texts.length ? null : texts[verseId];
        }

        private Map<Integer, @Nullable String[]> load() {
            var loaded = byEdition;
            if (loaded == null) {
                synchronized (this) {
                    loaded = byEdition;
                    if (loaded == null) {
                        var all = new HashMap<Integer, @Nullable String[]>();
                        catalog.texts(ResourceType.TRANSLATION, editions, 1, Mushaf.VERSES).forEach((id, texts) -> {
                            var byVerse = new String[Mushaf.VERSES + 1];
                            texts.forEach((verseId, text) -> byVerse[verseId] = text.text());
                            all.put(id, byVerse);
                        });
                        loaded = Map.copyOf(all);
                        byEdition = loaded;
                    }
                }
            }
            return loaded;
        }
    }

    /**
     * An immutable, searchable state: document {@code d} is the verse with id {@code d + 1}. The editions iterate in
     * resource-id order, so every node lists a hit's translations in the same order (Map.copyOf's order changes
     * from one JVM to the next).
     */
    public record Snapshot(DirectoryReader reader, Map<Integer, Edition> editions, String contentVersion,
            long buildMillis) {
    }

    private final ContentCatalog catalog;
    private final @Nullable IndexStore store;
    private final String codeVersion;
    private volatile Snapshot snapshot;
    /**
     * Rebuilds run here, on a platform thread. A rebuild is seconds of CPU with hardly a blocking call; on a virtual
     * thread (where event listeners run) it would hold one of the few carrier threads that every request's virtual
     * thread needs, and requests stalled for the whole rebuild (seen with two rebuilds on a 2-core machine).
     */
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search-indexer-", 1).daemon().factory());

    VerseIndex(ContentCatalog catalog, SearchProperties properties) {
        this.catalog = catalog;
        this.store = properties.indexDirectory().isBlank() ? null
                : new IndexStore(Path.of(properties.indexDirectory()).toAbsolutePath().normalize());
        this.codeVersion = IndexCode.fingerprint();
    }

    /** Opens the stored index of the current content version, or builds (and stores) it. */
    @Override
    public void afterPropertiesSet() {
        var version = catalog.contentVersion();
        if (store != null) {
            long started = System.nanoTime();
            var stored = store.open(key(version), Mushaf.VERSES);
            if (stored.isPresent()) {
                var editions = editions();
                var millis = (System.nanoTime() - started) / 1_000_000;
                swap(new Snapshot(stored.get(), Collections.unmodifiableSequencedMap(editions), version, millis));
                log.info("Opened the stored search index for content version {} in {} ms", version, millis);
                return;
            }
        }
        rebuild();
    }

    @ApplicationModuleListener
    void on(ContentImported event) {
        // Idempotent: a republished event for the version already indexed does nothing.
        if (snapshot == null || !snapshot.contentVersion().equals(event.contentVersion())) {
            try {
                indexer.submit(this::rebuild).get(); // the listener still completes only once the index is built
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rebuilding the search index", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
    }

    @PreDestroy
    void stopIndexer() {
        indexer.shutdownNow();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public synchronized void rebuild() {
        long started = System.nanoTime();
        var version = catalog.contentVersion();
        var editions = editions();
        var analyzers = new HashMap<String, Analyzer>();
        for (var script : LuceneQueries.SCRIPTS) {
            analyzers.put("norm_" + script, QuranAnalyzers.normalized());
            analyzers.put("stem_" + script, QuranAnalyzers.stemmed());
            analyzers.put("exact_" + script, QuranAnalyzers.exact());
        }
        editions.values().forEach(e -> analyzers.put(e.field(), e.analyzer()));
        var config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers));
        config.setRAMBufferSizeMB(256);
        try {
            DirectoryReader reader;
            if (store != null) {
                reader = store.write(key(version), config, writer -> fill(writer, editions));
            } else {
                var directory = new ByteBuffersDirectory();
                try (var writer = new IndexWriter(directory, config)) {
                    fill(writer, editions);
                    writer.forceMerge(1);
                }
                reader = DirectoryReader.open(directory);
            }
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            swap(new Snapshot(reader, Collections.unmodifiableSequencedMap(editions), version, millis));
            log.info("Built the search index for content version {}: {} verses, {} translations in {} ms",
                    version, reader.numDocs(), editions.size(), millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored index's name: it must change whenever the indexed text or the code that indexes it changes. */
    private String key(String contentVersion) {
        return contentVersion + "-" + codeVersion;
    }

    private LinkedHashMap<Integer, Edition> editions() {
        var resources = catalog.resources(ResourceType.TRANSLATION);
        var texts = new Texts(catalog, resources.stream().map(Resource::id).collect(java.util.stream.Collectors.toSet()));
        var editions = new LinkedHashMap<Integer, Edition>();
        for (var resource : resources) {
            editions.put(resource.id(), new Edition(resource, "tr_" + resource.id() + "_" + resource.languageIso(),
                    QuranAnalyzers.translation(resource.languageIso()), texts));
        }
        return editions;
    }

    private void fill(IndexWriter writer, Map<Integer, Edition> editions) throws IOException {
        for (var verse : catalog.verses(1, Mushaf.VERSES)) {
            var chapter = catalog.chapter(verse.chapterId());
            var doc = new Document();
            doc.add(new IntField("chapter", verse.chapterId(), Field.Store.NO));
            doc.add(new IntField("juz", verse.juzNumber(), Field.Store.NO));
            doc.add(new IntField("page", verse.pageNumber(), Field.Store.NO));
            doc.add(new IntField("hizb", verse.hizbNumber(), Field.Store.NO));
            doc.add(new StringField("revelation",
                    chapter.revelationPlace().startsWith("mad") ? "medinan" : "meccan", Field.Store.NO));
            doc.add(new StringField("sajdah", verse.sajdahNumber() == null ? "no" : "yes", Field.Store.NO));
            for (var script : LuceneQueries.SCRIPTS) {
                var text = script.equals("uthmani") ? verse.textUthmani() : verse.textImlaeiSimple();
                doc.add(new TextField("norm_" + script, text, Field.Store.NO));
                doc.add(new TextField("stem_" + script, text, Field.Store.NO));
                doc.add(new TextField("exact_" + script,
                        script.equals("uthmani") ? verse.textUthmani() : verse.textImlaei(), Field.Store.NO));
            }
            for (var e : editions.values()) {
                var text = e.text(verse.id());
                if (text != null) {
                    doc.add(new TextField(e.field(), text, Field.Store.NO));
                }
            }
            writer.addDocument(doc);
        }
    }

    /**
     * Publishes a new snapshot. The previous reader is closed a minute later, not now: searches that took it just
     * before the swap may still be running (each is bounded by {@code quran.search.timeout}), and a file-backed
     * reader holds mappings that the garbage collector would not release.
     */
    private void swap(Snapshot next) {
        var previous = snapshot;
        snapshot = next;
        if (previous != null) {
            Thread.ofVirtual().name("search-index-retire").start(() -> {
                try {
                    Thread.sleep(Duration.ofMinutes(1));
                    previous.reader().close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    log.debug("Closing a retired search index failed: {}", e.toString());
                }
            });
        }
    }

    /** Translations whose text is in Arabic script, so Arabic query words search them too. */
    public static boolean isArabicScript(String field) {
        return field.endsWith("_ur") || field.endsWith("_ar") || field.endsWith("_fa");
    }

    /** The terms an analyzer makes of a text, in order. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Lower case without Latin diacritics, for wildcard patterns (which skip analysis). */
    public static String foldLatin(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
