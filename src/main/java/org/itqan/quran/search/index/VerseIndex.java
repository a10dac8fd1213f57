package org.itqan.quran.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
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
import org.apache.lucene.document.StoredField;
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
import org.itqan.quran.search.analysis.QuranAnalyzers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The in-memory Lucene index: one document per verse, built from {@link ContentCatalog} at startup and rebuilt
 * when a {@link ContentImported} event names a content version it has not indexed. Each node builds its own copy
 * (DESIGN.md §1); a rebuild swaps the snapshot atomically, so searches never see a half-built index.
 * <p>
 * Fields: {@code norm_*}, {@code stem_*} and {@code exact_*} per script ({@code uthmani}; {@code imlaei}, which holds
 * Tanzil Simple-Clean for norm/stem and Tanzil Simple with diacritics for exact), {@code tr_<id>_<lang>} per
 * translation (stored, for display), and the filters {@code chapter juz page hizb} (int points),
 * {@code revelation} and {@code sajdah} (keywords).
 */
@Component
public class VerseIndex implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(VerseIndex.class);

    /** A translation as indexed: its resource, field name and analyzer. */
    public record Edition(Resource resource, String field, Analyzer analyzer) {
    }

    /** An immutable, searchable state: document {@code d} is the verse with id {@code d + 1}. */
    public record Snapshot(DirectoryReader reader, Map<Integer, Edition> editions, String contentVersion,
            long buildMillis) {
    }

    private final ContentCatalog catalog;
    private volatile Snapshot snapshot;
    /**
     * Rebuilds run here, on a platform thread. A rebuild is seconds of CPU with hardly a blocking call; on a virtual
     * thread (where event listeners run) it would hold one of the few carrier threads that every request's virtual
     * thread needs, and requests stalled for the whole rebuild (seen with two rebuilds on a 2-core machine).
     */
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search-indexer-", 1).daemon().factory());

    VerseIndex(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void afterPropertiesSet() {
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
        var editions = new LinkedHashMap<Integer, Edition>();
        var analyzers = new HashMap<String, Analyzer>();
        for (var script : LuceneQueries.SCRIPTS) {
            analyzers.put("norm_" + script, QuranAnalyzers.normalized());
            analyzers.put("stem_" + script, QuranAnalyzers.stemmed());
            analyzers.put("exact_" + script, QuranAnalyzers.exact());
        }
        for (var resource : catalog.resources(ResourceType.TRANSLATION)) {
            var edition = new Edition(resource, "tr_" + resource.id() + "_" + resource.languageIso(),
                    QuranAnalyzers.translation(resource.languageIso()));
            editions.put(resource.id(), edition);
            analyzers.put(edition.field(), edition.analyzer());
        }
        var texts = catalog.texts(ResourceType.TRANSLATION, editions.keySet(), 1, 6236);
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers));
        config.setRAMBufferSizeMB(256);
        try (var writer = new IndexWriter(directory, config)) {
            for (var verse : catalog.verses(1, 6236)) {
                var chapter = catalog.chapter(verse.chapterId());
                var doc = new Document();
                doc.add(new StoredField("id", verse.id()));
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
                editions.values().forEach(e -> {
                    var text = texts.getOrDefault(e.resource().id(), Map.of()).get(verse.id());
                    if (text != null) {
                        doc.add(new TextField(e.field(), text.text(), Field.Store.YES));
                    }
                });
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long millis = (System.nanoTime() - started) / 1_000_000;
            // The previous reader is not closed: searches may still hold it, and an in-memory reader holds no file
            // handles, so the garbage collector reclaims it once the last search is done.
            snapshot = new Snapshot(DirectoryReader.open(directory), Map.copyOf(editions), catalog.contentVersion(),
                    millis);
            log.info("Built the search index for content version {}: {} verses, {} translations in {} ms",
                    catalog.contentVersion(), snapshot.reader().numDocs(), editions.size(), millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
