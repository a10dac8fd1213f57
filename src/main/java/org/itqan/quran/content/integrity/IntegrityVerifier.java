package org.itqan.quran.content.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.IntegrityReport;
import org.itqan.quran.content.ResourceText;
import org.itqan.quran.content.Script;
import org.itqan.quran.content.Verse;
import org.itqan.quran.content.importer.SourceTexts;
import org.itqan.quran.content.persistence.ContentRepository;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the integrity manifest from the database and compares it with the manifest stored at import (which was
 * computed from the SHA-256-verified files). Runs after startup, on a schedule, and for the health endpoint when the
 * last result is older than {@code quran.integrity.max-age}.
 */
@Component
public class IntegrityVerifier {

    private static final Logger log = LoggerFactory.getLogger(IntegrityVerifier.class);
    private static final int MAX_LISTED_VERSES = 10;

    private final ContentRepository repository;
    private final SourceTexts sources;
    private final IntegrityProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final TransactionTemplate snapshot;
    private volatile @Nullable IntegrityReport last;
    private volatile @Nullable Instant lastStartedAt;

    IntegrityVerifier(ContentRepository repository, SourceTexts sources, IntegrityProperties properties,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        // One snapshot of manifest and texts: an import committing mid-check must not look like tampering.
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.sources = sources;
        this.properties = properties;
    }

    /**
     * The last report if it is fresh enough, otherwise a new one. A caller that arrives while a check is running
     * waits for it and takes its result instead of running a second one (the readiness probe during the startup
     * check).
     */
    public IntegrityReport current() {
        var asked = clock.instant();
        var report = last;
        if (report == null || stale(report)) {
            synchronized (this) {
                report = last;
                var started = lastStartedAt;
                // A check that finished while this caller waited is taken only if it started after the caller
                // asked: one that started before may have read the texts before a change the caller must see.
                if (report == null || (stale(report) && (started == null || started.isBefore(asked)))) {
                    report = verify();
                }
            }
        }
        return report;
    }

    private boolean stale(IntegrityReport report) {
        return report.checkedAt().plus(properties.maxAge()).isBefore(clock.instant());
    }

    /**
     * Starts the startup check in the background, called once the import is done: it then runs while the rest of
     * the application starts, instead of after it, and the readiness probe takes its result.
     */
    public void verifyAfterImport() {
        if (!properties.checkOnStartup()) {
            return;
        }
        Thread.ofVirtual().name("integrity-check-startup").start(this::verify);
    }

    @Scheduled(fixedDelayString = "${quran.integrity.interval:PT15M}", initialDelayString = "${quran.integrity.interval:PT15M}")
    void verifyOnSchedule() {
        verify();
    }

    public synchronized IntegrityReport verify() {
        return java.util.Objects.requireNonNull(snapshot.execute(status -> verifyInSnapshot()));
    }

    private IntegrityReport verifyInSnapshot() {
        var startedAt = clock.instant();
        var started = System.nanoTime();
        var expected = repository.manifest();
        var sourceFiles = repository.manifestSources();
        var verses = repository.verses();
        var actual = new LinkedHashMap<String, CanonicalRows.Entry>(
                CanonicalRows.core(repository.chapters(), verses, repository.divisions(), repository.sajdas()));
        var resourceTexts = new LinkedHashMap<String, List<ResourceText>>();
        for (var resource : repository.resources()) {
            var texts = repository.allTexts(resource);
            resourceTexts.put(resource.manifestKey(), texts);
            actual.put(resource.manifestKey(), CanonicalRows.resource(resource, texts));
        }
        var entries = new ArrayList<IntegrityReport.Entry>();
        expected.forEach((key, want) -> {
            var got = actual.get(key);
            var source = sourceFiles.get(key);
            boolean intact = got != null && got.equals(want);
            entries.add(new IntegrityReport.Entry(key, source.file(), source.sha256(), want.rows(),
                    got == null ? 0 : got.rows(), want.sha256(), got == null ? null : got.sha256(),
                    intact ? List.of() : changedVerses(key, verses, resourceTexts)));
        });
        var report = new IntegrityReport(clock.instant(), List.copyOf(entries));
        lastStartedAt = startedAt;
        last = report;
        if (report.intact()) {
            log.info("Integrity check passed for {} stored texts in {} ms", entries.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            report.mismatches().forEach(m -> log.error(
                    "Integrity check FAILED for {} (source {}): stored SHA-256 {} differs from manifest {}; changed"
                            + " verses: {}", m.key(), m.sourceFile(), m.actualSha256(), m.expectedSha256(),
                    m.changedVerses()));
        }
        return report;
    }

    /** Locates the change by comparing the stored verse texts with the verified source file. */
    private List<String> changedVerses(String key, List<Verse> verses, Map<String, List<ResourceText>> resourceTexts) {
        List<String> stored = null;
        for (var script : Script.values()) {
            if (script.manifestKey().equals(key)) {
                stored = verses.stream().map(v -> v.text(script)).toList();
            }
        }
        if (resourceTexts.containsKey(key)) {
            stored = resourceTexts.get(key).stream().map(ResourceText::text).toList();
        }
        if (stored == null) {
            return List.of();
        }
        var original = sources.verseTexts(key).orElse(List.of());
        var changed = new ArrayList<String>();
        for (int i = 0; i < Math.max(stored.size(), original.size()) && changed.size() < MAX_LISTED_VERSES; i++) {
            var a = i < stored.size() ? stored.get(i) : null;
            var b = i < original.size() ? original.get(i) : null;
            if (a == null || !a.equals(b)) {
                changed.add(i < 6236 ? VerseKey.ofId(i + 1).toString() : "#" + (i + 1));
            }
        }
        return changed;
    }

    /** The last report, however old; null before the first check. */
    public @Nullable IntegrityReport last() {
        return last;
    }

    public @Nullable Instant lastCheckedAt() {
        var report = last;
        return report == null ? null : report.checkedAt();
    }
}
