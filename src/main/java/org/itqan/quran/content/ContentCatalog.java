package org.itqan.quran.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itqan.quran.content.importer.ContentImporter;
import org.itqan.quran.content.importer.DataFiles;
import org.itqan.quran.content.persistence.ContentRepository;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.VerseKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read API of the content module. The Quran core (chapters, verses, words, divisions) is immutable between
 * imports, so it is held in memory as an immutable snapshot loaded once from the database; translation and tafsir
 * texts are read from the database on demand (responses are cached as bytes further up).
 * <p>
 * On start it runs the importer, so a fresh database is filled before the first request is served.
 */
@Service
public class ContentCatalog implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalog.class);

    private final ContentImporter importer;
    private final ContentRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    ContentCatalog(ContentImporter importer, ContentRepository repository, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.importer = importer;
        this.repository = repository;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        int imported = importer.importAll();
        reload();
        if (imported > 0) {
            // Published in a transaction so the outbox records it; listeners (caches, search) act after commit.
            transactions.executeWithoutResult(status -> events.publishEvent(new ContentImported(contentVersion())));
        }
    }

    /** Reloads the in-memory snapshot from the database, e.g. after an import on this or another node. */
    public void reload() {
        var started = System.nanoTime();
        snapshot = Snapshot.load(repository);
        log.info("Loaded content version {} ({} verses, {} resources) in {} ms", snapshot.contentVersion,
                snapshot.verses.size(), snapshot.resources.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A hash over every stored text's manifest entry: it changes exactly when any content changes, so it keys
     * response caches and ETags.
     */
    public String contentVersion() {
        return snapshot.contentVersion;
    }

    public List<Chapter> chapters() {
        return snapshot.chapters;
    }

    /** @throws ApiProblem 404 {@code chapter-not-found} */
    public Chapter chapter(int id) {
        if (!Mushaf.isChapter(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.CHAPTER_NOT_FOUND,
                    "There is no chapter " + id + "; chapters are numbered 1 to " + Mushaf.CHAPTERS)
                    .with("chapter_number", id);
        }
        return snapshot.chapters.get(id - 1);
    }

    public Verse verse(VerseKey key) {
        return snapshot.verses.get(key.id() - 1);
    }

    public Verse verse(int verseId) {
        return snapshot.verses.get(verseId - 1);
    }

    /** Verses {@code firstId..lastId} inclusive, in reading order. */
    public List<Verse> verses(int firstId, int lastId) {
        return snapshot.verses.subList(firstId - 1, lastId);
    }

    public List<Division> divisions(DivisionType type) {
        return snapshot.divisions.get(type);
    }

    /** @throws ApiProblem 404 {@code division-not-found} naming the valid range */
    public Division division(DivisionType type, int number) {
        if (number < 1 || number > type.count()) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.DIVISION_NOT_FOUND,
                    "There is no " + type.singular().replace('_', ' ') + " " + number + "; valid numbers are 1 to "
                            + type.count())
                    .with("division", type.singular()).with("number", number).with("valid_range", "1-" + type.count());
        }
        return snapshot.divisions.get(type).get(number - 1);
    }

    public List<Sajdah> sajdas() {
        return snapshot.sajdas;
    }

    public List<Resource> resources(ResourceType type) {
        return snapshot.resources.values().stream().filter(r -> r.type() == type).toList();
    }

    public Optional<Resource> resource(int id) {
        return Optional.ofNullable(snapshot.resources.get(id));
    }

    /** @throws ApiProblem 404 {@code resource-not-found} naming the available ids */
    public Resource resource(ResourceType type, int id) {
        var resource = snapshot.resources.get(id);
        if (resource == null || resource.type() != type) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.RESOURCE_NOT_FOUND,
                    "There is no " + type.apiName() + " with id " + id + "; available: " + ids(type))
                    .with("resource_id", id).with("available_ids", ids(type));
        }
        return resource;
    }

    public List<Integer> ids(ResourceType type) {
        return resources(type).stream().map(Resource::id).toList();
    }

    /** Texts of several resources over a verse range, in one query: resource id to verse id to text. */
    public Map<Integer, Map<Integer, ResourceText>> texts(ResourceType type, Collection<Integer> resourceIds,
            int firstVerseId, int lastVerseId) {
        return repository.texts(type, resourceIds, firstVerseId, lastVerseId);
    }

    /** SHA-256 of every bundled data file, as verified against SHA256SUMS. */
    public Map<String, String> dataFileChecksums() {
        return new java.util.TreeMap<>(snapshot.checksums);
    }

    private record Snapshot(String contentVersion, List<Chapter> chapters, List<Verse> verses,
            Map<DivisionType, List<Division>> divisions, List<Sajdah> sajdas, Map<Integer, Resource> resources,
            Map<String, String> checksums) {

        static final Snapshot EMPTY = new Snapshot("empty", List.of(), List.of(), Map.of(), List.of(), Map.of(),
                Map.of());

        static Snapshot load(ContentRepository repository) {
            var divisions = new EnumMap<DivisionType, List<Division>>(DivisionType.class);
            for (var type : DivisionType.values()) {
                divisions.put(type, new ArrayList<>());
            }
            repository.divisions().forEach(d -> divisions.get(d.type()).add(d));
            divisions.replaceAll((type, list) -> List.copyOf(list));
            var resources = new LinkedHashMap<Integer, Resource>();
            repository.resources().forEach(r -> resources.put(r.id(), r));
            var manifest = new StringBuilder();
            repository.manifest().forEach((key, entry) -> manifest.append(key).append('=').append(entry.sha256())
                    .append('\n'));
            resources.values().forEach(r -> manifest.append(r.id()).append('@').append(r.version()).append('\n'));
            var checksums = new LinkedHashMap<String, String>();
            repository.manifestSources().values().forEach(s -> checksums.put(s.file(), s.sha256()));
            return new Snapshot(DataFiles.sha256(manifest.toString().getBytes()).substring(0, 16),
                    List.copyOf(repository.chapters()), List.copyOf(repository.verses()), divisions,
                    List.copyOf(repository.sajdas()), resources, checksums);
        }
    }
}
