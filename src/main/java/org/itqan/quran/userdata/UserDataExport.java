package org.itqan.quran.userdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an account owns, as one JSON-ready document (GDPR art. 20 data portability), read in one transaction so
 * the parts are consistent with each other.
 */
@Service
public class UserDataExport {

    private static final Keyset ALL = new Keyset(null, null, Integer.MAX_VALUE - 1, false);
    private final JdbcClient jdbc;
    private final BookmarkManagement bookmarks;
    private final CollectionManagement collections;
    private final NoteManagement notes;
    private final ReadingProgressManagement reading;
    private final GoalManagement goals;
    private final PreferenceManagement preferences;
    private final KhatmPlans khatm;

    UserDataExport(JdbcClient jdbc, BookmarkManagement bookmarks, CollectionManagement collections,
            NoteManagement notes, ReadingProgressManagement reading, GoalManagement goals,
            PreferenceManagement preferences, KhatmPlans khatm) {
        this.jdbc = jdbc;
        this.bookmarks = bookmarks;
        this.collections = collections;
        this.notes = notes;
        this.reading = reading;
        this.goals = goals;
        this.preferences = preferences;
        this.khatm = khatm;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID account) {
        var json = new LinkedHashMap<String, Object>();
        json.put("account", account.toString());
        json.put("exportedAt", Instant.now().toString());
        json.put("bookmarks", bookmarks.list(account, null, null, ALL).items().stream().map(Bookmark::json).toList());
        json.put("collections", jdbc.sql("SELECT id FROM ud_collections WHERE account = ? ORDER BY seq")
                .param(account).query(UUID.class).list().stream().map(id -> {
                    var collection = new LinkedHashMap<String, Object>(collections.find(account, id).orElseThrow()
                            .json());
                    collection.put("bookmarkIds", jdbc.sql("SELECT bookmark_id FROM ud_collection_bookmarks "
                            + "WHERE collection_id = ? ORDER BY seq").param(id).query(UUID.class).list());
                    return collection;
                }).toList());
        json.put("notes", notes.list(account, ALL).items().stream().map(Note::json).toList());
        json.put("readingSessions", reading.sessions(account, ALL).items().stream()
                .map(ReadingProgressManagement.Session::json).toList());
        json.put("activityDays", reading.activity(account, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                .stream().map(ActivityDay::json).toList());
        json.put("goal", goals.find(account).map(GoalManagement.Goal::json).orElse(null));
        json.put("preferences", preferences.all(account));
        json.put("khatmPlans", khatm.plans(account).stream().map(p -> Map.of("id", p.id().toString(), "name",
                p.name(), "memberId", String.valueOf(khatm.member(account, p.id())))).toList());
        return json;
    }
}
