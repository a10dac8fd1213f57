package org.itqan.quran.userdata.graphql;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.userdata.Bookmark;
import org.itqan.quran.userdata.BookmarkCollection;
import org.itqan.quran.userdata.BookmarkManagement;
import org.itqan.quran.userdata.BookmarkType;
import org.itqan.quran.userdata.CollectionManagement;
import org.itqan.quran.userdata.GoalManagement;
import org.itqan.quran.userdata.KhatmPlans;
import org.itqan.quran.userdata.Note;
import org.itqan.quran.userdata.NoteManagement;
import org.itqan.quran.userdata.ReadingProgressManagement;
import org.itqan.quran.userdata.UserDataException;
import org.itqan.quran.userdata.VerseRange;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The user-data mutations of graphql/userdata.graphqls. Each is one call of a module API, which runs the write, its
 * sync-log entry and its domain event in one transaction, exactly as the REST endpoint does.
 */
@Controller
class UserDataMutations {

    private final BookmarkManagement bookmarks;
    private final CollectionManagement collections;
    private final NoteManagement notes;
    private final ReadingProgressManagement reading;
    private final GoalManagement goals;
    private final KhatmPlans khatms;

    UserDataMutations(BookmarkManagement bookmarks, CollectionManagement collections, NoteManagement notes,
            ReadingProgressManagement reading, GoalManagement goals, KhatmPlans khatms) {
        this.bookmarks = bookmarks;
        this.collections = collections;
        this.notes = notes;
        this.reading = reading;
        this.goals = goals;
        this.khatms = khatms;
    }

    /**
     * The schema's BookmarkInput. An explicit {@code null} for {@code mushaf} or {@code isReading} is the schema's
     * default (1, false), as an explicit null for a field argument with a default is in the queries.
     */
    record BookmarkInput(BookmarkType type, int key, @Nullable Integer verseNumber, @Nullable Integer mushaf,
            @Nullable Boolean isReading) {

        int mushafOrDefault() {
            return mushaf == null ? 1 : mushaf;
        }
    }

    @MutationMapping
    Bookmark addBookmark(@Argument BookmarkInput input) {
        var account = Viewer.account("bookmark.create");
        return bookmarks.add(account, input.type(), input.key(), input.verseNumber(), input.mushafOrDefault(),
                Boolean.TRUE.equals(input.isReading())).bookmark();
    }

    @MutationMapping
    boolean removeBookmark(@Argument UUID id) {
        bookmarks.remove(Viewer.account("bookmark.delete"), id);
        return true;
    }

    @MutationMapping
    BookmarkCollection createCollection(@Argument String name) {
        return collections.create(Viewer.account("collection.create"), name);
    }

    @MutationMapping
    BookmarkCollection renameCollection(@Argument UUID id, @Argument String name,
            @Argument @Nullable Integer expectedVersion) {
        return collections.rename(Viewer.account("collection.update"), id, name, expectedVersion);
    }

    @MutationMapping
    boolean deleteCollection(@Argument UUID id, @Argument @Nullable Integer expectedVersion) {
        collections.delete(Viewer.account("collection.delete"), id, expectedVersion);
        return true;
    }

    @MutationMapping
    boolean addToCollection(@Argument UUID collectionId, @Argument UUID bookmarkId) {
        return collections.addBookmark(Viewer.account("collection.update"), collectionId, bookmarkId, bookmarks);
    }

    @MutationMapping
    Note createNote(@Argument String body, @Argument List<String> ranges) {
        var account = Viewer.account("note.create");
        return notes.create(account, body, ranges(ranges));
    }

    @MutationMapping
    Note updateNote(@Argument UUID id, @Argument @Nullable String body, @Argument @Nullable List<String> ranges,
            @Argument @Nullable Integer expectedVersion) {
        var account = Viewer.account("note.update");
        return notes.update(account, id, body, ranges == null ? null : ranges(ranges), expectedVersion);
    }

    @MutationMapping
    boolean deleteNote(@Argument UUID id, @Argument @Nullable Integer expectedVersion) {
        notes.delete(Viewer.account("note.delete"), id, expectedVersion);
        return true;
    }

    @MutationMapping
    ReadingProgressManagement.Session recordReading(@Argument String verseKey) {
        var account = Viewer.account("reading_session.create");
        return reading.read(account, VerseRange.key("verseKey", verseKey));
    }

    @MutationMapping
    GoalManagement.Goal setGoal(@Argument GoalManagement.Kind type, @Argument String amount,
            @Argument @Nullable Integer duration) {
        return goals.set(Viewer.account("goal.create"), type, amount, duration);
    }

    @MutationMapping
    KhatmPlans.Plan createKhatmPlan(@Argument String name, @Argument String division,
            @Argument @Nullable String deadline) {
        var account = Viewer.account("goal.create");
        Instant due = null;
        if (deadline != null) {
            try {
                due = Instant.parse(deadline);
            } catch (DateTimeParseException e) {
                throw UserDataException.invalid("deadline", "deadline must be an ISO-8601 instant");
            }
        }
        return khatms.create(account, name, division, due);
    }

    @MutationMapping
    KhatmPlans.Plan joinKhatmPlan(@Argument String inviteToken) {
        return khatms.joinByToken(Viewer.account("goal.create"), inviteToken);
    }

    @MutationMapping
    Map<String, Object> claimKhatmPart(@Argument UUID planId, @Argument int part) {
        return khatms.claim(Viewer.account("goal.update"), planId, part, null);
    }

    @MutationMapping
    Map<String, Object> completeKhatmPart(@Argument UUID planId, @Argument int part) {
        return khatms.complete(Viewer.account("goal.update"), planId, part);
    }

    private static List<VerseRange> ranges(List<String> ranges) {
        if (ranges.isEmpty() || ranges.size() > 50) {
            throw UserDataException.invalid("ranges", "a note needs 1 to 50 verse ranges");
        }
        return ranges.stream().map(r -> VerseRange.parse("ranges", r)).toList();
    }
}
