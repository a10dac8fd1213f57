package org.itqan.quran.userdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

import org.itqan.quran.shared.Mushaf;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookmarks of an account. Adding a bookmark that already exists returns the existing one (a double tap on two
 * devices is one bookmark). An account has at most one reading bookmark per mushaf: setting a new one replaces it.
 */
@Service
public class BookmarkManagement {

    static final String COLUMNS = "id, seq, kind, bkey, verse_number, mushaf, is_reading, created_at";
    private final JdbcClient jdbc;
    private final SyncLog log;
    private final ApplicationEventPublisher events;

    BookmarkManagement(JdbcClient jdbc, SyncLog log, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.log = log;
        this.events = events;
    }

    /** The outcome of an add: the bookmark, and whether it was created now. */
    public record Added(Bookmark bookmark, boolean created) {
    }

    @Transactional
    public Added add(UUID account, BookmarkType type, int key, @Nullable Integer verseNumber, int mushaf,
            boolean isReading) {
        validate(type, key, verseNumber, mushaf);
        int verse = verseNumber == null ? 0 : verseNumber;
        log.lock(account);
        var existing = jdbc.sql("SELECT " + COLUMNS + " FROM ud_bookmarks WHERE account = ? AND kind = ? AND bkey = ? "
                + "AND verse_number = ? AND mushaf = ? AND is_reading = ?")
                .params(account, type.apiName(), key, verse, mushaf, isReading).query(BookmarkManagement::map)
                .optional();
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        if (isReading) {
            jdbc.sql("SELECT id FROM ud_bookmarks WHERE account = ? AND mushaf = ? AND is_reading")
                    .params(account, mushaf).query(UUID.class).list().forEach(old -> remove(account, old));
        }
        var id = UUID.randomUUID();
        // Database timestamps hold microseconds; truncating keeps the returned and the stored value identical.
        var now = Clocks.now();
        jdbc.sql("INSERT INTO ud_bookmarks (id, account, kind, bkey, verse_number, mushaf, is_reading, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, account, type.apiName(), key, verse, mushaf, isReading, now).update();
        var bookmark = find(account, id).orElseThrow();
        log.record(account, "BOOKMARK", id.toString(), "CREATE", bookmark.json());
        events.publishEvent(new BookmarkAdded(account, id));
        return new Added(bookmark, true);
    }

    public Optional<Bookmark> find(UUID account, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ud_bookmarks WHERE account = ? AND id = ?").params(account, id)
                .query(BookmarkManagement::map).optional();
    }

    public Slice<Bookmark> list(UUID account, @Nullable BookmarkType type, @Nullable Integer mushaf, Keyset keyset) {
        var params = new HashMap<String, Object>();
        params.put("account", account);
        var where = new StringBuilder("account = :account");
        if (type != null) {
            where.append(" AND kind = :kind");
            params.put("kind", type.apiName());
        }
        if (mushaf != null) {
            where.append(" AND mushaf = :mushaf");
            params.put("mushaf", mushaf);
        }
        return Keysets.page(jdbc, "ud_bookmarks", COLUMNS, where.toString(), params, keyset,
                BookmarkManagement::map, Bookmark::seq);
    }

    /** @throws UserDataException 404 when the account has no such bookmark */
    @Transactional
    public void remove(UUID account, UUID id) {
        log.lock(account);
        if (jdbc.sql("DELETE FROM ud_bookmarks WHERE account = ? AND id = ?").params(account, id).update() == 0) {
            throw UserDataException.notFound("Bookmark");
        }
        log.record(account, "BOOKMARK", id.toString(), "DELETE", null);
        events.publishEvent(new BookmarkRemoved(account, id));
    }

    static void validate(BookmarkType type, int key, @Nullable Integer verseNumber, int mushaf) {
        if (key < 1 || key > type.maxKey()) {
            throw UserDataException.invalid("key", "key of a " + type.apiName() + " bookmark must be 1 to "
                    + type.maxKey());
        }
        if (type == BookmarkType.AYAH) {
            if (verseNumber == null || verseNumber < 1 || verseNumber > Mushaf.verseCount(key)) {
                throw UserDataException.invalid("verseNumber", "verseNumber is required for an ayah bookmark and "
                        + "chapter " + key + " has verses 1 to " + Mushaf.verseCount(key));
            }
        } else if (verseNumber != null) {
            throw UserDataException.invalid("verseNumber", "verseNumber applies to ayah bookmarks only");
        }
        if (mushaf < 1 || mushaf > 20) {
            throw UserDataException.invalid("mushaf", "mushaf must be a mushaf id 1 to 20");
        }
    }

    static Bookmark map(ResultSet rs, int row) throws SQLException {
        int verse = rs.getInt("verse_number");
        return new Bookmark(rs.getObject("id", UUID.class), rs.getLong("seq"),
                BookmarkType.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)), rs.getInt("bkey"),
                verse == 0 ? null : verse, rs.getInt("mushaf"), rs.getBoolean("is_reading"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
