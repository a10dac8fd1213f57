package org.itqan.quran.userdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.itqan.quran.shared.UnicodeText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections of bookmarks. Every account has a default collection named {@value #FAVORITES}, created when first
 * needed; it can be renamed but not deleted. Renames and deletes may carry the version the client last saw; a
 * different current version is refused with 412 and the current collection.
 */
@Service
public class CollectionManagement {

    public static final String FAVORITES = "Favorites";
    private static final String COLUMNS = "id, seq, name, is_default, version, updated_at";
    private final JdbcClient jdbc;
    private final SyncLog log;
    private final ApplicationEventPublisher events;

    CollectionManagement(JdbcClient jdbc, SyncLog log, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.log = log;
        this.events = events;
    }

    @Transactional
    public BookmarkCollection defaultCollection(UUID account) {
        var existing = findDefault(account);
        if (existing.isPresent()) {
            return existing.get();
        }
        // lock, then look again: two first reads on two devices must not both create the default collection
        log.lock(account);
        return findDefault(account).orElseGet(() -> insert(account, FAVORITES, true));
    }

    private Optional<BookmarkCollection> findDefault(UUID account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ud_collections WHERE account = ? AND is_default").param(account)
                .query(CollectionManagement::map).optional();
    }

    @Transactional
    public BookmarkCollection create(UUID account, String name) {
        checkName(name);
        log.lock(account);
        var same = jdbc.sql("SELECT " + COLUMNS + " FROM ud_collections WHERE account = ? AND name = ?")
                .params(account, name).query(CollectionManagement::map).optional();
        if (same.isPresent()) {
            throw UserDataException.conflict("A collection with this name exists", same.get().json());
        }
        return insert(account, name, false);
    }

    public Optional<BookmarkCollection> find(UUID account, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ud_collections WHERE account = ? AND id = ?").params(account, id)
                .query(CollectionManagement::map).optional();
    }

    @Transactional
    public Slice<BookmarkCollection> list(UUID account, Keyset keyset) {
        defaultCollection(account);
        return Keysets.page(jdbc, "ud_collections", COLUMNS, "account = :account", Map.of("account", account), keyset,
                CollectionManagement::map, BookmarkCollection::seq);
    }

    @Transactional
    public BookmarkCollection rename(UUID account, UUID id, String name, @Nullable Integer expectedVersion) {
        checkName(name);
        log.lock(account);
        current(account, id, expectedVersion);
        jdbc.sql("UPDATE ud_collections SET name = ?, version = version + 1, updated_at = ? WHERE id = ?")
                .params(name, now(), id).update();
        var renamed = find(account, id).orElseThrow();
        log.record(account, "COLLECTION", id.toString(), "UPDATE", renamed.json());
        events.publishEvent(new CollectionChanged(account, id, "renamed"));
        return renamed;
    }

    @Transactional
    public void delete(UUID account, UUID id, @Nullable Integer expectedVersion) {
        log.lock(account);
        var current = current(account, id, expectedVersion);
        if (current.isDefault()) {
            throw UserDataException.conflict("The default collection cannot be deleted", current.json());
        }
        jdbc.sql("DELETE FROM ud_collections WHERE id = ?").param(id).update();
        log.record(account, "COLLECTION", id.toString(), "DELETE", null);
        events.publishEvent(new CollectionChanged(account, id, "deleted"));
    }

    /** Bookmarks in a collection, paged by when they were added. */
    public Slice<Bookmark> bookmarks(UUID account, UUID id, Keyset keyset) {
        find(account, id).orElseThrow(() -> UserDataException.notFound("Collection"));
        var columns = "b.id, cb.seq AS seq, b.kind, b.bkey, b.verse_number, b.mushaf, b.is_reading, b.created_at";
        return Keysets.page(jdbc, "ud_collection_bookmarks cb JOIN ud_bookmarks b ON b.id = cb.bookmark_id", "cb.seq",
                columns, "cb.account = :account AND cb.collection_id = :id", Map.of("account", account, "id", id),
                keyset, BookmarkManagement::map, Bookmark::seq);
    }

    /** Adds an owned bookmark to an owned collection; adding it twice is harmless. Returns true when added now. */
    @Transactional
    public boolean addBookmark(UUID account, UUID collection, UUID bookmark, BookmarkManagement bookmarks) {
        log.lock(account);
        find(account, collection).orElseThrow(() -> UserDataException.notFound("Collection"));
        bookmarks.find(account, bookmark).orElseThrow(() -> UserDataException.notFound("Bookmark"));
        int added = jdbc.sql("INSERT INTO ud_collection_bookmarks (collection_id, bookmark_id, account, created_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING").params(collection, bookmark, account, now()).update();
        if (added > 0) {
            log.record(account, "COLLECTION_BOOKMARK", null, "CREATE",
                    Map.of("collectionId", collection.toString(), "bookmarkId", bookmark.toString()));
            events.publishEvent(new CollectionChanged(account, collection, "bookmark-added"));
        }
        return added > 0;
    }

    @Transactional
    public void removeBookmark(UUID account, UUID collection, UUID bookmark) {
        log.lock(account);
        if (jdbc.sql("DELETE FROM ud_collection_bookmarks WHERE account = ? AND collection_id = ? AND bookmark_id = ?")
                .params(account, collection, bookmark).update() == 0) {
            throw UserDataException.notFound("Bookmark in collection");
        }
        log.record(account, "COLLECTION_BOOKMARK", null, "DELETE",
                Map.of("collectionId", collection.toString(), "bookmarkId", bookmark.toString()));
        events.publishEvent(new CollectionChanged(account, collection, "bookmark-removed"));
    }

    private BookmarkCollection current(UUID account, UUID id, @Nullable Integer expectedVersion) {
        var current = find(account, id).orElseThrow(() -> UserDataException.notFound("Collection"));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw UserDataException.preconditionFailed(current.json());
        }
        return current;
    }

    private BookmarkCollection insert(UUID account, String name, boolean isDefault) {
        log.lock(account);
        var id = UUID.randomUUID();
        var now = now();
        jdbc.sql("INSERT INTO ud_collections (id, account, name, is_default, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 1, ?, ?)").params(id, account, name, isDefault, now, now).update();
        var created = find(account, id).orElseThrow();
        log.record(account, "COLLECTION", id.toString(), "CREATE", created.json());
        events.publishEvent(new CollectionChanged(account, id, "created"));
        return created;
    }

    private static void checkName(String name) {
        if (name.isBlank() || name.length() > 100) {
            throw UserDataException.invalid("name", "name must be 1 to 100 characters and not blank");
        }
        // checked here too, not only by the REST body reader, so that every caller (GraphQL) is covered
        if (!UnicodeText.isWellFormed(name)) {
            throw UserDataException.notUnicode("name");
        }
    }

    private static java.time.OffsetDateTime now() {
        return Clocks.now();
    }

    static BookmarkCollection map(ResultSet rs, int row) throws SQLException {
        return new BookmarkCollection(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("name"),
                rs.getBoolean("is_default"), rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
