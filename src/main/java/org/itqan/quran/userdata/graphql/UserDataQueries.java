package org.itqan.quran.userdata.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Verse;
import org.itqan.quran.shared.VerseKey;
import org.itqan.quran.userdata.Bookmark;
import org.itqan.quran.userdata.BookmarkCollection;
import org.itqan.quran.userdata.BookmarkManagement;
import org.itqan.quran.userdata.BookmarkType;
import org.itqan.quran.userdata.CollectionManagement;
import org.itqan.quran.userdata.GoalManagement;
import org.itqan.quran.userdata.KhatmPlans;
import org.itqan.quran.userdata.KhatmProgress;
import org.itqan.quran.userdata.Note;
import org.itqan.quran.userdata.NoteManagement;
import org.itqan.quran.userdata.ReadingProgressManagement;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The user-data queries of graphql/userdata.graphqls, each behind the scope its REST endpoint needs. */
@Controller
class UserDataQueries {

    private final BookmarkManagement bookmarks;
    private final CollectionManagement collections;
    private final NoteManagement notes;
    private final ReadingProgressManagement reading;
    private final GoalManagement goals;
    private final KhatmPlans khatms;
    private final KhatmProgress progress;
    private final ContentCatalog catalog;

    UserDataQueries(BookmarkManagement bookmarks, CollectionManagement collections, NoteManagement notes,
            ReadingProgressManagement reading, GoalManagement goals, KhatmPlans khatms, KhatmProgress progress,
            ContentCatalog catalog) {
        this.bookmarks = bookmarks;
        this.collections = collections;
        this.notes = notes;
        this.reading = reading;
        this.goals = goals;
        this.khatms = khatms;
        this.progress = progress;
        this.catalog = catalog;
    }

    @QueryMapping
    Pages.Page<Bookmark> bookmarks(@Argument @Nullable BookmarkType type, @Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        var account = Viewer.account("bookmark.read");
        return Pages.of(bookmarks.list(account, type, null, Pages.keyset(first, after)));
    }

    @QueryMapping
    Pages.Page<BookmarkCollection> collections(@Argument @Nullable Integer first, @Argument @Nullable String after) {
        var account = Viewer.account("collection.read");
        collections.defaultCollection(account); // the Favorites collection exists from the first look, as on REST
        return Pages.of(collections.list(account, Pages.keyset(first, after)));
    }

    @QueryMapping
    Pages.Page<Note> notes(@Argument @Nullable Integer first, @Argument @Nullable String after) {
        return Pages.of(notes.list(Viewer.account("note.read"), Pages.keyset(first, after)));
    }

    @QueryMapping
    Pages.Page<ReadingProgressManagement.Session> readingSessions(@Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        return Pages.of(reading.sessions(Viewer.account("reading_session.read"), Pages.keyset(first, after)));
    }

    @QueryMapping
    GoalManagement.@Nullable Goal goal() {
        return goals.find(Viewer.account("goal.read")).orElse(null);
    }

    /** An explicit {@code timeZone: null} is the schema's default, UTC, as an explicit {@code first: null} is. */
    @QueryMapping
    Map<String, Object> streak(@Argument @Nullable String timeZone) {
        var account = Viewer.account("streak.read");
        try {
            return reading.streak(account, LocalDate.now(timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone)));
        } catch (DateTimeException e) {
            throw UserDataException.invalid("timeZone", "timeZone must be an IANA zone such as Asia/Riyadh");
        }
    }

    @QueryMapping
    List<KhatmPlans.Plan> khatmPlans() {
        return khatms.plans(Viewer.account("goal.read"));
    }

    @QueryMapping
    KhatmPlans.Plan khatmPlan(@Argument UUID id) {
        return khatms.plan(Viewer.account("goal.read"), id);
    }

    @SchemaMapping(typeName = "Collection", field = "bookmarks")
    Pages.Page<Bookmark> collectionBookmarks(BookmarkCollection collection, @Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        var account = Viewer.account("collection.read");
        return Pages.of(collections.bookmarks(account, collection.id(), Pages.keyset(first, after)));
    }

    @SchemaMapping(typeName = "Bookmark")
    @Nullable Verse verse(Bookmark bookmark) {
        return bookmark.type() == BookmarkType.AYAH && bookmark.verseNumber() != null
                ? catalog.verse(VerseKey.parse(bookmark.key() + ":" + bookmark.verseNumber())) : null;
    }

    @SchemaMapping(typeName = "ReadingSession")
    String verseKey(ReadingProgressManagement.Session session) {
        return session.verse().toString();
    }

    @SchemaMapping(typeName = "Note", field = "ranges")
    List<String> noteRanges(Note note) {
        return note.ranges().stream().map(Object::toString).toList();
    }

    @SchemaMapping(typeName = "KhatmPlan")
    boolean isOwner(KhatmPlans.Plan plan) {
        return Viewer.account("goal.read").equals(plan.owner());
    }

    @SchemaMapping(typeName = "KhatmPlan", field = "progress")
    Map<String, Object> planProgress(KhatmPlans.Plan plan) {
        return progress.of(Viewer.account("goal.read"), plan.id());
    }
}
