package org.itqan.quran.userdata;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.itqan.quran.shared.UnicodeText;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes: private to their owner, 1 to {@value #MAX_BODY} characters over 1 to {@value #MAX_RANGES} verse ranges.
 * Updates and deletes may carry the version the client saw (If-Match); another current version is refused with 412
 * and the current note, so a concurrent edit from another device is never silently overwritten.
 */
@Service
public class NoteManagement {

    static final int MAX_BODY = 10_000;
    static final int MAX_RANGES = 10;
    private static final String COLUMNS = "id, seq, body, version, created_at, updated_at";
    private final JdbcClient jdbc;
    private final SyncLog log;
    private final ApplicationEventPublisher events;

    NoteManagement(JdbcClient jdbc, SyncLog log, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.log = log;
        this.events = events;
    }

    @Transactional
    public Note create(UUID account, String body, List<VerseRange> ranges) {
        check(body, ranges);
        log.lock(account);
        var id = UUID.randomUUID();
        var now = Clocks.now();
        jdbc.sql("INSERT INTO ud_notes (id, account, body, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)")
                .params(id, account, body, now, now).update();
        insertRanges(account, id, ranges);
        return saved(account, id, "CREATE");
    }

    @Transactional
    public Note update(UUID account, UUID id, @Nullable String body, @Nullable List<VerseRange> ranges,
            @Nullable Integer expectedVersion) {
        log.lock(account);
        var current = current(account, id, expectedVersion);
        var newBody = body == null ? current.body() : body;
        var newRanges = ranges == null ? current.ranges() : ranges;
        check(newBody, newRanges);
        jdbc.sql("UPDATE ud_notes SET body = ?, version = version + 1, updated_at = ? WHERE id = ?")
                .params(newBody, Clocks.now(), id).update();
        if (ranges != null) {
            jdbc.sql("DELETE FROM ud_note_ranges WHERE note_id = ?").param(id).update();
            insertRanges(account, id, ranges);
        }
        return saved(account, id, "UPDATE");
    }

    @Transactional
    public void delete(UUID account, UUID id, @Nullable Integer expectedVersion) {
        log.lock(account);
        current(account, id, expectedVersion);
        jdbc.sql("DELETE FROM ud_notes WHERE id = ?").param(id).update();
        log.record(account, "NOTE", id.toString(), "DELETE", null);
        events.publishEvent(new NoteDeleted(account, id));
    }

    @Transactional(readOnly = true)
    public Optional<Note> find(UUID account, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ud_notes WHERE account = ? AND id = ?").params(account, id)
                .query((rs, n) -> note(account, rs)).optional();
    }

    @Transactional(readOnly = true)
    public Slice<Note> list(UUID account, Keyset keyset) {
        return Keysets.page(jdbc, "ud_notes", COLUMNS, "account = :account", Map.of("account", account), keyset,
                (rs, n) -> note(account, rs), Note::seq);
    }

    /** Notes with a range that overlaps {@code from..to} (a single verse when from equals to). */
    @Transactional(readOnly = true)
    public Slice<Note> overlapping(UUID account, VerseKey from, VerseKey to, Keyset keyset) {
        return Keysets.page(jdbc, "ud_notes", COLUMNS, "account = :account AND id IN (SELECT note_id FROM "
                + "ud_note_ranges WHERE account = :account AND first_verse <= :to AND last_verse >= :from)",
                Map.of("account", account, "from", from.id(), "to", to.id()), keyset, (rs, n) -> note(account, rs),
                Note::seq);
    }

    /** For each verse of {@code from..to} that has notes: the verse key and how many notes cover it. */
    public Map<String, Integer> countWithin(UUID account, VerseKey from, VerseKey to) {
        var counts = new TreeMap<Integer, Integer>();
        jdbc.sql("SELECT DISTINCT note_id, first_verse, last_verse FROM ud_note_ranges WHERE account = ? "
                + "AND first_verse <= ? AND last_verse >= ?").params(account, to.id(), from.id())
                .query((rs, n) -> new int[] {rs.getInt(2), rs.getInt(3)}).list()
                .forEach(r -> {
                    for (int v = Math.max(r[0], from.id()); v <= Math.min(r[1], to.id()); v++) {
                        counts.merge(v, 1, Integer::sum);
                    }
                });
        var result = new java.util.LinkedHashMap<String, Integer>();
        counts.forEach((verse, count) -> result.put(VerseKey.ofId(verse).toString(), count));
        return result;
    }

    private Note saved(UUID account, UUID id, String mutation) {
        var note = find(account, id).orElseThrow();
        log.record(account, "NOTE", id.toString(), mutation, note.json());
        events.publishEvent(new NoteSaved(account, id));
        return note;
    }

    private Note current(UUID account, UUID id, @Nullable Integer expectedVersion) {
        var current = find(account, id).orElseThrow(() -> UserDataException.notFound("Note"));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw UserDataException.preconditionFailed(current.json());
        }
        return current;
    }

    private void insertRanges(UUID account, UUID id, List<VerseRange> ranges) {
        for (var range : ranges) {
            jdbc.sql("INSERT INTO ud_note_ranges (note_id, account, first_verse, last_verse) VALUES (?, ?, ?, ?)")
                    .params(id, account, range.from().id(), range.to().id()).update();
        }
    }

    private Note note(UUID account, java.sql.ResultSet rs) throws java.sql.SQLException {
        var id = rs.getObject("id", UUID.class);
        var ranges = new ArrayList<VerseRange>(jdbc.sql("SELECT first_verse, last_verse FROM ud_note_ranges "
                + "WHERE note_id = ? ORDER BY first_verse, last_verse").param(id)
                .query((r, n) -> VerseRange.of(r.getInt(1), r.getInt(2))).list());
        return new Note(id, rs.getLong("seq"), rs.getString("body"), List.copyOf(ranges), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static void check(String body, List<VerseRange> ranges) {
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw UserDataException.invalid("body", "body must be 1 to " + MAX_BODY + " characters and not blank");
        }
        // checked here too, not only by the REST body reader, so that every caller (GraphQL) is covered
        if (!UnicodeText.isWellFormed(body)) {
            throw UserDataException.notUnicode("body");
        }
        if (ranges.isEmpty() || ranges.size() > MAX_RANGES) {
            throw UserDataException.invalid("ranges", "ranges must hold 1 to " + MAX_RANGES + " verse ranges");
        }
    }
}
