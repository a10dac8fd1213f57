package org.itqan.quran.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.importer.ContentImporter;
import org.itqan.quran.content.integrity.IntegrityVerifier;
import org.itqan.quran.content.persistence.ContentRepository;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
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
    private final IntegrityVerifier integrity;
    private final ContentRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ResourceFilter serverFilter;
    private volatile ContentSnapshot snapshot = ContentSnapshot.EMPTY;

    ContentCatalog(ContentImporter importer, IntegrityVerifier integrity, ContentRepository repository,
            ApplicationEventPublisher events, TransactionTemplate transactions, ContentProperties properties) {
        this.serverFilter = new ResourceFilter(properties.commercialOnly());
        this.importer = importer;
        this.integrity = integrity;
        this.repository = repository;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        int imported = importer.importAll();
        reload();
        // After the reload, not beside it: both read every word, and two such scans at once on a busy machine can
        // run into the JDBC query timeout and fail the start.
        integrity.verifyAfterImport();
        if (imported > 0) {
            // Published in a transaction so the outbox records it; listeners (caches, search) act after commit.
            transactions.executeWithoutResult(status -> events.publishEvent(new ContentImported(contentVersion())));
        }
    }

    /** Reloads the in-memory snapshot from the database, e.g. after an import on this or another node. */
    public void reload() {
        var started = System.nanoTime();
        snapshot = ContentSnapshot.load(repository);
        log.info("Loaded content version {} ({} verses, {} resources) in {} ms", snapshot.contentVersion(),
                snapshot.verses().size(), snapshot.resources().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The database fingerprint this snapshot was loaded at (see {@link ContentRefresher}). */
    String fingerprint() {
        return snapshot.fingerprint();
    }

    /**
     * A hash over every stored text's manifest entry: it changes exactly when any content changes, so it keys
     * response caches and ETags.
     */
    public String contentVersion() {
        return snapshot.contentVersion();
    }

    public List<Chapter> chapters() {
        return snapshot.chapters();
    }

    /** @throws ApiProblem 404 {@code chapter-not-found} */
    public Chapter chapter(int id) {
        if (!Mushaf.isChapter(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.CHAPTER_NOT_FOUND,
                    Message.of("detail.chapter.not-found", id, Mushaf.CHAPTERS))
                    .with("chapter_number", id);
        }
        return snapshot.chapters().get(id - 1);
    }

    public Verse verse(VerseKey key) {
        return snapshot.verses().get(key.id() - 1);
    }

    public Verse verse(int verseId) {
        return snapshot.verses().get(verseId - 1);
    }

    /** Verses {@code firstId..lastId} inclusive, in reading order. */
    public List<Verse> verses(int firstId, int lastId) {
        return snapshot.verses().subList(firstId - 1, lastId);
    }

    public List<Division> divisions(DivisionType type) {
        return snapshot.divisions().get(type);
    }

    /** @throws ApiProblem 404 {@code division-not-found} naming the valid range */
    public Division division(DivisionType type, int number) {
        if (number < 1 || number > type.count()) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.DIVISION_NOT_FOUND,
                    Message.of("detail.division.not-found",
                            Message.of("division." + type.singular()), number, type.count()))
                    .with("division", type.singular()).with("number", number).with("valid_range", "1-" + type.count());
        }
        return snapshot.divisions().get(type).get(number - 1);
    }

    public List<Sajdah> sajdas() {
        return snapshot.sajdas();
    }

    /** The filter a request gets: what it asked for, narrowed by the server setting. */
    public ResourceFilter filter(ResourceFilter requested) {
        return requested.and(serverFilter);
    }

    /** The resources of a type that {@code filter} (narrowed by the server setting) admits, by id. */
    public List<Resource> resources(ResourceType type, ResourceFilter filter) {
        var effective = filter(filter);
        return snapshot.resources().values().stream().filter(r -> r.type() == type && effective.admits(r)).toList();
    }

    public List<Resource> resources(ResourceType type) {
        return resources(type, ResourceFilter.ALL);
    }

    /**
     * Any resource by id, hidden or not: only for naming the resource of a text that was already read through a
     * filter. Requests must go through {@link #resource(ResourceType, int, ResourceFilter)}.
     */
    public Optional<Resource> resource(int id) {
        return Optional.ofNullable(snapshot.resources().get(id));
    }

    /**
     * A resource a request may see. A resource the filter hides does not exist for that request.
     *
     * @throws ApiProblem 404 {@code resource-not-found} naming the available ids
     */
    public Resource resource(ResourceType type, int id, ResourceFilter filter) {
        var resource = snapshot.resources().get(id);
        if (resource == null || resource.type() != type || !filter(filter).admits(resource)) {
            var available = ids(type, filter);
            throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.RESOURCE_NOT_FOUND,
                    Message.of("detail.resource.not-found-of-type",
                    Message.of("resource-type." + type.apiName()), id, available))
                    .with("resource_id", id).with("available_ids", available);
        }
        return resource;
    }

    public Resource resource(ResourceType type, int id) {
        return resource(type, id, ResourceFilter.ALL);
    }

    public List<Integer> ids(ResourceType type, ResourceFilter filter) {
        return resources(type, filter).stream().map(Resource::id).toList();
    }

    public List<Integer> ids(ResourceType type) {
        return ids(type, ResourceFilter.ALL);
    }

    /**
     * Texts of several resources over a verse range, in one query: resource id to verse id to text. Resources the
     * filter hides are left out, so a caller that forgot to validate its ids still cannot leak them.
     */
    public Map<Integer, Map<Integer, ResourceText>> texts(ResourceType type, Collection<Integer> resourceIds,
            int firstVerseId, int lastVerseId, ResourceFilter filter) {
        var visible = ids(type, filter);
        var ids = resourceIds.stream().filter(visible::contains).toList();
        return repository.texts(type, ids, firstVerseId, lastVerseId);
    }

    public Map<Integer, Map<Integer, ResourceText>> texts(ResourceType type, Collection<Integer> resourceIds,
            int firstVerseId, int lastVerseId) {
        return texts(type, resourceIds, firstVerseId, lastVerseId, ResourceFilter.ALL);
    }

    /** The version, checksum and time of last change of a resource the caller already holds. */
    public ResourceChange state(Resource resource) {
        return snapshot.changes().get(resource.id());
    }

    /**
     * Resources (of every type) whose stored text changed after {@code after}, oldest change first; all of them
     * when {@code after} is null. This is the feed an offline copy is brought up to date from.
     */
    public List<ResourceChange> changes(@Nullable Instant after, ResourceFilter filter) {
        var effective = filter(filter);
        return snapshot.changes().values().stream()
                .filter(c -> effective.admits(c.resource()) && (after == null || c.updatedAt().isAfter(after)))
                .sorted(java.util.Comparator.comparing(ResourceChange::updatedAt)
                        .thenComparing(c -> c.resource().id()))
                .toList();
    }

    /** SHA-256 of every bundled data file, as verified against SHA256SUMS. */
    public Map<String, String> dataFileChecksums() {
        return new java.util.TreeMap<>(snapshot.checksums());
    }
}
